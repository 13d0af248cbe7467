; Inno Setup 6 script: FramingDesk-<version>-setup.exe from the folder dist\FramingDesk that
; `pyinstaller build.spec` built on Windows (see packaging\README.md).
;   iscc /DAppVersion=0.1.0 packaging\windows\framing-desk.iss
; Installs per user by default (no administrator rights needed); the user may choose an
; installation for all users instead.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Framing Desk"
#define AppExe "FramingDesk.exe"
#define Root "..\.."

[Setup]
AppId={{6F0C2B7E-3D5A-4C1F-9E8B-2A7D4F1C9B30}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Framing Desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Framing Desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=FramingDesk-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\framing-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\FramingDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
