# Packages the Windows build (preset windows-x64) into build/release/:
#   coachdeck-<version>-windows-x64.zip            the plugin tree, to unpack into the OBS folder
#   coachdeck-<version>-windows-x64-installer.exe  Inno Setup (packaging/windows/coachdeck.iss)
# Reads COACHDECK_VERSION, _PRESET and _INSTALLER_APP_ID, which .github/scripts/deps.cmake
# writes from buildspec.json (-DENV_FILE).
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$root = (Resolve-Path "$PSScriptRoot/../..").Path
foreach ($name in 'COACHDECK_VERSION', 'COACHDECK_PRESET', 'COACHDECK_INSTALLER_APP_ID') {
    if (-not [Environment]::GetEnvironmentVariable($name)) {
        throw "package-windows: $name is not set (run .github/scripts/deps.cmake -DENV_FILE=...)"
    }
}
$version = $env:COACHDECK_VERSION
$release = [IO.Path]::GetFullPath((Join-Path $root 'build\release'))
$stage = Join-Path $release 'windows-x64'
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
New-Item -ItemType Directory -Force -Path $stage | Out-Null

$build = Join-Path $root "build\$env:COACHDECK_PRESET"
cmake --install $build --config RelWithDebInfo --component plugin --prefix $stage
if ($LASTEXITCODE -ne 0) { throw "cmake --install failed ($LASTEXITCODE)" }

# What OBS looks for: the module and every locale file.
$expected = @('obs-plugins/64bit/coachdeck.dll') +
    (Get-ChildItem (Join-Path $root 'data/locale') -Filter '*.ini' |
        ForEach-Object { "data/obs-plugins/coachdeck/locale/$($_.Name)" })
foreach ($path in $expected) {
    if (-not (Test-Path (Join-Path $stage $path))) { throw "package-windows: $path is missing" }
}
Get-ChildItem -Recurse -File $stage | ForEach-Object { $_.FullName.Substring($stage.Length + 1) }

$zip = Join-Path $release "coachdeck-$version-windows-x64.zip"
if (Test-Path $zip) { Remove-Item -Force $zip }
Compress-Archive -Path (Join-Path $stage '*') -DestinationPath $zip

$iscc = Get-Command iscc -ErrorAction SilentlyContinue
$isccPath = if ($iscc) { $iscc.Source } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $isccPath)) {
    Write-Host 'Inno Setup not found; installing it with Chocolatey'
    choco install innosetup --yes --no-progress
    if ($LASTEXITCODE -ne 0) { throw "choco install innosetup failed ($LASTEXITCODE)" }
}
& $isccPath /Qp "/DAppVersion=$version" "/DAppId=$env:COACHDECK_INSTALLER_APP_ID" `
    "/DStageDir=$stage" "/DOutputDir=$release" (Join-Path $root 'packaging/windows/coachdeck.iss')
if ($LASTEXITCODE -ne 0) { throw "iscc failed ($LASTEXITCODE)" }

Get-ChildItem $release -File | Format-Table Name, Length
