; The Windows installer for CoachDeck (Inno Setup 6). .github/scripts/package-windows.ps1 builds it:
;   iscc /DAppVersion=0.1.0 /DAppId={GUID} /DStageDir=<install tree> /DOutputDir=<folder> coachdeck.iss
; The install tree is `cmake --install build/windows-x64 --component plugin`'s:
;   obs-plugins\64bit\coachdeck.dll (+ .pdb) and data\obs-plugins\coachdeck\...
; and goes into the OBS folder as it is, where OBS keeps its own plugins.

#ifndef AppVersion
  #error Pass /DAppVersion=<version> (buildspec.json)
#endif
#ifndef AppId
  #error Pass /DAppId={GUID} (buildspec.json: platforms.windows-x64.installerAppId)
#endif
#ifndef StageDir
  #error Pass /DStageDir=<the cmake --install tree>
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif

[Setup]
AppId={{#AppId}
AppName=CoachDeck for OBS Studio
AppVersion={#AppVersion}
AppPublisher=CoachDeck maintainers
; OBS's own folder, as OBS's installer recorded it; Program Files\obs-studio otherwise.
DefaultDirName={code:ObsFolder}
DirExistsWarning=no
AppendDefaultDirName=no
DisableProgramGroupPage=yes
UninstallFilesDir={app}\data\obs-plugins\coachdeck\uninstall
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
OutputDir={#OutputDir}
OutputBaseFilename=coachdeck-{#AppVersion}-windows-x64-installer
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "{#StageDir}\obs-plugins\64bit\*"; DestDir: "{app}\obs-plugins\64bit"; Flags: ignoreversion
Source: "{#StageDir}\data\obs-plugins\coachdeck\*"; DestDir: "{app}\data\obs-plugins\coachdeck"; Flags: ignoreversion recursesubdirs createallsubdirs

[Code]
function ObsFolder(Param: String): String;
begin
  if not RegQueryStringValue(HKLM64, 'SOFTWARE\OBS Studio', '', Result) then
    Result := ExpandConstant('{commonpf64}\obs-studio');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and
     not FileExists(AddBackslash(WizardDirValue) + 'bin\64bit\obs64.exe') then
    Result := MsgBox('OBS Studio (bin\64bit\obs64.exe) was not found in this folder. ' +
                     'Install CoachDeck here anyway?', mbConfirmation, MB_YESNO) = IDYES;
end;
