"""Settings page for offline translation: offline mode and the installed offline models."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from framing_desk.core.translation.offline import (
    InstalledModel,
    OfflineModelError,
    install_model,
    installed_models,
    remove_model,
)
from framing_desk.gui.labels import error_text
from framing_desk.gui.settings.common import EditedSettings, note_label
from framing_desk.gui.workers import Task, TaskSet


class OfflinePage(QWidget):
    """Offline mode and the installed offline models; a model is installed in the background."""

    installFinished = Signal(bool)
    """After an installation: True if the model was installed."""

    def __init__(self, edited: EditedSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edited = edited
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        mode = QGroupBox(self.tr("Offline mode"))
        mode_layout = QVBoxLayout(mode)
        self.offline_check = QCheckBox(self.tr("Work &offline"))
        self.offline_check.setChecked(edited.translation.offline_mode)
        self.offline_check.setToolTip(self.tr("Consents and keys are kept for when you turn it off again."))
        self.offline_check.toggled.connect(self._offline_toggled)
        mode_layout.addWidget(self.offline_check)
        mode_layout.addWidget(note_label(self.tr(
            "No text leaves this computer: online services are not used, only the offline model "
            "translates.")))
        layout.addWidget(mode)
        models = QGroupBox(self.tr("Offline models"))
        models_layout = QVBoxLayout(models)
        models_layout.addWidget(note_label(self.tr(
            "One model per language pair, installed from an Argos Translate package (.argosmodel) or a "
            "CTranslate2 model folder. Installing and removing take effect at once.")))
        row = QHBoxLayout()
        self.model_list = QListWidget()
        self.model_list.setAccessibleName(self.tr("Installed offline models"))
        self.model_list.currentRowChanged.connect(self._update_buttons)
        buttons = QVBoxLayout()
        self.install_package_button = QPushButton(self.tr("Install &package…"))
        self.install_package_button.setToolTip(self.tr("Install an Argos Translate package (.argosmodel)."))
        self.install_package_button.clicked.connect(self._install_package)
        self.install_folder_button = QPushButton(self.tr("Install from fo&lder…"))
        self.install_folder_button.setToolTip(self.tr("Install a CTranslate2 model folder (with model.bin "
                                                      "and a SentencePiece model)."))
        self.install_folder_button.clicked.connect(self._install_folder)
        self.remove_model_button = QPushButton(self.tr("&Remove model"))
        self.remove_model_button.clicked.connect(self._remove_model)
        for button in (self.install_package_button, self.install_folder_button, self.remove_model_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addWidget(self.model_list, 1)
        row.addLayout(buttons)
        models_layout.addLayout(row, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(True)
        self.busy.hide()
        models_layout.addWidget(self.busy)
        self._tasks = TaskSet()
        layout.addWidget(models, 1)
        self._models: list[InstalledModel] = []
        self.refresh_models()
        edited.changed.connect(self._sync_check)

    def _offline_toggled(self, on: bool) -> None:
        if on != self._edited.translation.offline_mode:
            self._edited.translation = self._edited.translation.with_offline_mode(on)

    def _sync_check(self) -> None:
        self.offline_check.setChecked(self._edited.translation.offline_mode)

    def refresh_models(self) -> None:
        """List the installed models."""
        self._models = installed_models()
        self.model_list.clear()
        for model in self._models:
            pair = model.label or f"{model.source} → {model.target}"
            text = (self.tr("{pair} ({folder}, version {version})") if model.version
                    else self.tr("{pair} ({folder})"))
            QListWidgetItem(text.format(pair=pair, folder=model.id, version=model.version), self.model_list)
        if not self._models:
            item = QListWidgetItem(self.tr("No offline model is installed."), self.model_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def _update_buttons(self) -> None:
        installing = self.busy.isVisibleTo(self)
        for button in (self.install_package_button, self.install_folder_button):
            button.setEnabled(not installing)
        self.remove_model_button.setEnabled(
            not installing and 0 <= self.model_list.currentRow() < len(self._models))

    def _install_package(self) -> None:
        kinds = self.tr("Argos Translate packages (*.argosmodel);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Install offline model"), "", kinds)
        if path:
            self._install(Path(path))

    def _install_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Install offline model from folder"))
        if path:
            self._install(Path(path))

    def _install(self, path: Path) -> None:
        """Check and unpack the model in a pool thread (a package is hundreds of megabytes)."""
        task = Task(install_model, path)
        task.signals.finished.connect(lambda _model: self._installed(path, None))
        task.signals.failed.connect(lambda error: self._installed(path, error))
        self._tasks.start(task)
        self.busy.setFormat(self.tr("Installing {file}…").format(file=path.name))
        self.busy.show()
        self._update_buttons()

    def _installed(self, path: Path, error: object) -> None:
        self.busy.hide()
        self.refresh_models()
        if error is not None:
            reason = error.strerror or str(error) if isinstance(error, OSError) else error_text(error)
            QMessageBox.warning(self, self.tr("Model not installed"),
                                self.tr("{file} could not be installed.\n\n{reason}").format(
                                    file=path.name, reason=reason))
        self.installFinished.emit(error is None)

    def _remove_model(self) -> None:
        row = self.model_list.currentRow()
        if not 0 <= row < len(self._models):
            return
        model = self._models[row]
        answer = QMessageBox.question(
            self, self.tr("Remove offline model"),
            self.tr("Delete the offline model {name} from this computer?").format(name=model.id))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_model(model)
        except OfflineModelError as error:
            QMessageBox.warning(self, self.tr("Model not removed"), error_text(error))
        self.refresh_models()
