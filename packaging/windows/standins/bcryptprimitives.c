/* A stand-in for Windows 10's bcryptprimitives.dll, which Wine 8 does not have.

   Rust's standard library (in rpds-py, which jsonschema needs) imports
   ProcessPrng from it for random numbers. This one asks Wine's bcrypt.dll for
   the system's random numbers, as the real one does.

   It goes into a test wine prefix's system32, never into the app. */

#include <windows.h>
#include <bcrypt.h>

/* Like Windows' own, it always returns TRUE: Rust treats a failure as fatal. */
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
