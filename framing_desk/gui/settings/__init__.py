"""The pages of the settings dialog (`framing_desk.gui.settings_dialog.SettingsDialog`)."""
