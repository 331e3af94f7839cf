; MentorDesk's Windows installer (NSIS 3). Compiled by packaging/windows_installer.py:
;
;   makensis /DVERSION=0.1.0 /DNUMERIC_VERSION=0.1.0.0 /DSOURCE_DIR=dist\mentordesk-0.1.0
;            /DOUTFILE=dist\MentorDesk-0.1.0-setup.exe /DICON=... /DLICENSE_FILE=...
;            /DSIZE_KIB=... [/DSIGN_SCRIPT=...] mentordesk.nsi
;
; Per user, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\MentorDesk, the uninstaller is registered under HKCU,
; and the data folder (%LOCALAPPDATA%\MentorDesk) is never touched.

Unicode true
Target amd64-unicode          ; the app is 64-bit; so is the installer
SetCompressor /SOLID lzma
RequestExecutionLevel user    ; never ask for administrator rights
ManifestDPIAware true

!ifndef VERSION | NUMERIC_VERSION | SOURCE_DIR | OUTFILE | ICON | LICENSE_FILE | SIZE_KIB | APP_ID
  !error "Define VERSION, NUMERIC_VERSION, SOURCE_DIR, OUTFILE, ICON, LICENSE_FILE, SIZE_KIB, APP_ID"
!endif

!define APP "MentorDesk"
!define EXE "mentordesk.exe"
; The app id (mentordesk/__init__.py APP_ID) names the uninstall entry: it never changes,
; so an update finds and replaces the entry of the version before.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"

VIProductVersion "${NUMERIC_VERSION}"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "LegalCopyright" "MentorDesk developers (MIT); Qt under the LGPL v3"

; Signing, only when packaging/windows_installer.py found a certificate in the
; environment: the script reads it from there, so no secret is in this file or the log.
!ifdef SIGN_SCRIPT
  !finalize '"${SIGN_SCRIPT}" "%1"'
  !uninstfinalize '"${SIGN_SCRIPT}" "%1"'
!endif

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "MentorDesk" Main
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade must not keep libraries the new version no longer ships: they
  ; would be loaded beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "MentorDesk developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KIB}
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only what the installer put here. The user's data lives in
  ; %LOCALAPPDATA%\MentorDesk, a different folder, and stays.
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
