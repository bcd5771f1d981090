; Inno Setup 6 script for the Windows installer (64-bit Windows 10 or newer).
; Built by .github/workflows/windows.yml after PyInstaller made dist\mpp-kiosk\; by hand:
;   pyinstaller packaging\mpp-kiosk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\mpp-kiosk.iss
; NOT RUN in this project's CI (Linux): the recipe is written against Inno Setup's documentation.
; The installer puts the program in Program Files, prepares the machine-wide data folder
; (ProgramData\MPP Kiosk, writable by the Users group so an auto-logon kiosk account can use it),
; adds Start-menu entries per role, and runs `mpp-kiosk init --machine` once.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0B1C2E-5A7D-4C1B-9E3A-4D2F8B6A9C10}
AppName=MPP Kiosk
AppVersion={#AppVersion}
AppPublisher=MPP Kiosk developers
DefaultDirName={autopf}\MPP Kiosk
DefaultGroupName=MPP Kiosk
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
PrivilegesRequired=admin
ChangesEnvironment=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=mpp-kiosk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\mpp-kiosk.exe

[Dirs]
Name: "{commonappdata}\MPP Kiosk"; Permissions: users-modify
Name: "{commonappdata}\MPP Kiosk\config"; Permissions: users-modify
Name: "{commonappdata}\MPP Kiosk\data"; Permissions: users-modify
Name: "{commonappdata}\MPP Kiosk\logs"; Permissions: users-modify

[Files]
Source: "..\..\dist\mpp-kiosk\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Kios antrean (walk-in kiosk)"; Filename: "{app}\mpp-kiosk-screens.exe"; Parameters: "run --role kiosk"
Name: "{group}\Meja petugas (staff desk)"; Filename: "{app}\mpp-kiosk-screens.exe"; Parameters: "run --role staff"
Name: "{group}\Layar antrean (queue display)"; Filename: "{app}\mpp-kiosk-screens.exe"; Parameters: "run --role display"
Name: "{group}\Survei kepuasan (survey terminal)"; Filename: "{app}\mpp-kiosk-screens.exe"; Parameters: "run --role survey"
Name: "{group}\Baris perintah MPP Kiosk (command line)"; Filename: "{cmd}"; Parameters: "/k ""{app}\mpp-kiosk.exe"" --help"; WorkingDir: "{commonappdata}\MPP Kiosk"

[Registry]
; `mpp-kiosk` on every account's PATH, for the README's commands.
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\mpp-kiosk.exe"; Parameters: "init --machine"; StatusMsg: "Menyiapkan basis data / preparing the database..."; Flags: runhidden waituntilterminated

[UninstallRun]
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /TN ""\MPP Kiosk\kiosk"" /F"; Flags: runhidden; RunOnceId: "DelKiosk"
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /TN ""\MPP Kiosk\staff"" /F"; Flags: runhidden; RunOnceId: "DelStaff"
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /TN ""\MPP Kiosk\display"" /F"; Flags: runhidden; RunOnceId: "DelDisplay"
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /TN ""\MPP Kiosk\survey"" /F"; Flags: runhidden; RunOnceId: "DelSurvey"

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Current) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
