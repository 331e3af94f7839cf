/* A stand-in for Windows 10's icuuc.dll, which Wine 8 does not have.

   Qt6Core imports ICU's converter functions from it (QStringConverter, for the
   encodings Qt does not implement itself). This stand-in knows no converter:
   ucnv_open fails and none is listed, so Qt reports such an encoding as
   unavailable, as it would on a system without ICU. MentorDesk reads and
   writes UTF-8 only, which Qt converts without ICU.

   It goes into a test wine prefix's system32, never into the app.
   The exports are listed in icuuc.def; packaging/windows_wine.py checks that
   they cover every name the pinned Qt6Core.dll imports from icuuc.dll. */

#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
typedef uint16_t UChar;
typedef int32_t UChar32;
typedef int8_t UBool;
typedef struct UConverter UConverter;
typedef void (*UConverterCallback)(void);

enum { U_FILE_ACCESS_ERROR = 4, U_UNSUPPORTED_ERROR = 16 };

static void fail(UErrorCode *err) {
    if (err != NULL && *err <= 0) {
        *err = U_UNSUPPORTED_ERROR;
    }
}

UConverter *ucnv_open(const char *name, UErrorCode *err) {
    (void)name;
    if (err != NULL && *err <= 0) {
        *err = U_FILE_ACCESS_ERROR; /* what ICU says for a converter it has no data for */
    }
    return NULL;
}

int32_t ucnv_countAvailable(void) { return 0; }

const char *ucnv_getAvailableName(int32_t n) {
    (void)n;
    return NULL;
}

const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name;
    (void)standard;
    (void)err; /* ICU returns NULL without an error for an unknown name */
    return NULL;
}

/* No converter is ever opened, so what follows is reached only by a bug in the
   caller: each says "unsupported" where it can and changes nothing. */

void ucnv_close(UConverter *converter) { (void)converter; }

void ucnv_reset(UConverter *converter) { (void)converter; }

int8_t ucnv_getMaxCharSize(const UConverter *converter) {
    (void)converter;
    return 1;
}

const char *ucnv_getName(const UConverter *converter, UErrorCode *err) {
    (void)converter;
    fail(err);
    return NULL;
}

void ucnv_getToUCallBack(const UConverter *converter, UConverterCallback *action,
                         const void **context) {
    (void)converter;
    if (action != NULL) *action = NULL;
    if (context != NULL) *context = NULL;
}

void ucnv_getFromUCallBack(const UConverter *converter, UConverterCallback *action,
                           const void **context) {
    ucnv_getToUCallBack(converter, action, context);
}

void ucnv_setToUCallBack(UConverter *converter, UConverterCallback action, const void *context,
                         UConverterCallback *old_action, const void **old_context,
                         UErrorCode *err) {
    (void)converter;
    (void)action;
    (void)context;
    if (old_action != NULL) *old_action = NULL;
    if (old_context != NULL) *old_context = NULL;
    fail(err);
}

void ucnv_setFromUCallBack(UConverter *converter, UConverterCallback action, const void *context,
                           UConverterCallback *old_action, const void **old_context,
                           UErrorCode *err) {
    ucnv_setToUCallBack(converter, action, context, old_action, old_context, err);
}

void ucnv_toUnicode(UConverter *converter, UChar **target, const UChar *target_limit,
                    const char **source, const char *source_limit, int32_t *offsets, UBool flush,
                    UErrorCode *err) {
    (void)converter;
    (void)target;
    (void)target_limit;
    (void)source;
    (void)source_limit;
    (void)offsets;
    (void)flush;
    fail(err);
}

void ucnv_fromUnicode(UConverter *converter, char **target, const char *target_limit,
                      const UChar **source, const UChar *source_limit, int32_t *offsets,
                      UBool flush, UErrorCode *err) {
    (void)converter;
    (void)target;
    (void)target_limit;
    (void)source;
    (void)source_limit;
    (void)offsets;
    (void)flush;
    fail(err);
}

int32_t ucnv_toUCountPending(const UConverter *converter, UErrorCode *err) {
    (void)converter;
    fail(err);
    return 0;
}

int32_t ucnv_fromUCountPending(const UConverter *converter, UErrorCode *err) {
    (void)converter;
    fail(err);
    return 0;
}

void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset_index,
                           UErrorCode *err) {
    (void)args;
    (void)source;
    (void)length;
    (void)offset_index;
    fail(err);
}

void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit,
                             int32_t offset_index, UErrorCode *err) {
    (void)args;
    (void)source;
    (void)source_limit;
    (void)offset_index;
    fail(err);
}

/* ICU's stock callbacks: Qt passes their addresses to ucnv_set*CallBack. */
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units,
                                     int32_t length, UChar32 code_point, int reason,
                                     UErrorCode *err) {
    (void)context;
    (void)args;
    (void)units;
    (void)length;
    (void)code_point;
    (void)reason;
    fail(err);
}

void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units,
                                   int32_t length, int reason, UErrorCode *err) {
    (void)context;
    (void)args;
    (void)units;
    (void)length;
    (void)reason;
    fail(err);
}
