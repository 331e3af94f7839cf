@echo off
rem Sign %1 with the certificate in WINDOWS_CERTIFICATE_PFX (a .pfx file) whose password
rem is in WINDOWS_CERTIFICATE_PASSWORD; both come from CI secrets, never from a file here.
rem
rem signtool is not on PATH on GitHub's Windows runners: it comes with the Windows
rem SDK, in C:\Program Files (x86)\Windows Kits\10\bin\<version>\x64. Use the one on
rem PATH if there is one, else the newest SDK's.
setlocal
set "SIGNTOOL="
for %%i in (signtool.exe) do set "SIGNTOOL=%%~$PATH:i"
set "KITS=%ProgramFiles(x86)%\Windows Kits\10\bin"
if not defined SIGNTOOL (
    rem Folder names are 10.0.BUILD.0 with five-digit builds: by name is by age.
    for /f "delims=" %%v in ('dir /b /ad /o:n "%KITS%\10.*" 2^>nul') do (
        if exist "%KITS%\%%v\x64\signtool.exe" set "SIGNTOOL=%KITS%\%%v\x64\signtool.exe"
    )
)
if not defined SIGNTOOL (
    echo sign.cmd: signtool.exe is neither on PATH nor under "%KITS%\*\x64". 1>&2
    echo Install the Windows SDK's Signing Tools. 1>&2
    exit /b 1
)
"%SIGNTOOL%" sign /f "%WINDOWS_CERTIFICATE_PFX%" /p "%WINDOWS_CERTIFICATE_PASSWORD%" /fd sha256 /tr http://timestamp.digicert.com /td sha256 "%~1"
exit /b %ERRORLEVEL%
