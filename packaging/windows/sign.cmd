@echo off
rem Sign %1 with the certificate in WINDOWS_CERTIFICATE_PFX (a .pfx file) whose password
rem is in WINDOWS_CERTIFICATE_PASSWORD; both come from CI secrets, never from a file here.
signtool sign /f "%WINDOWS_CERTIFICATE_PFX%" /p "%WINDOWS_CERTIFICATE_PASSWORD%" /fd sha256 /tr http://timestamp.digicert.com /td sha256 "%~1"
