; Inno Setup script: packs dist\JamsosDesktop (built by `python -m jamsos_desktop.build` on
; Windows) into one setup.exe with a Start-menu shortcut. See docs\installer.md.
; Compile with Inno Setup 6:  iscc /DAppVersion=0.1.0 installer\jamsos.iss
; NOT TESTED in CI: the project is built and tested on Linux; this script is compiled by hand
; on a Windows build machine.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Jamsos Desktop"
#define AppExe "JamsosDesktop.exe"
#define CliExe "JamsosDesktop-cli.exe"

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it.
AppId={{6F1C2A7E-4B7D-4E0B-9C35-1D2F8A6B9E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Jamsos Desktop Developers
DefaultDirName={autopf}\JamsosDesktop
DefaultGroupName={#AppName}
; Per-user install by default (clerks rarely have administrator rights); an administrator
; may choose "all users" in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=JamsosDesktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\jamsos.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The user's data (%APPDATA%\JamsosDesktop: database, backups, log) is never touched by
; install, upgrade or uninstall.

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\JamsosDesktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{group}\{#AppName} (baris perintah)"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
