/* json.c - see json.h. */
#include "json.h"

#include <stddef.h>

/* Length of the valid UTF-8 sequence at s, or 0 if it is not one. */
static size_t utf8_len(const unsigned char *s)
{
	size_t n;
	unsigned min;
	if (s[0] < 0x80)
		return 1;
	if ((s[0] & 0xe0) == 0xc0) {
		n = 2;
		min = 0x80;
	} else if ((s[0] & 0xf0) == 0xe0) {
		n = 3;
		min = 0x800;
	} else if ((s[0] & 0xf8) == 0xf0) {
		n = 4;
		min = 0x10000;
	} else {
		return 0;
	}
	unsigned cp = s[0] & (0x7f >> n);
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

static const char hexdigit[] = "0123456789abcdef";

void json_write(json_put *put, void *ctx, const char *str)
{
	if (!str) {
		put(ctx, "null", 4);
		return;
	}
	const unsigned char *s = (const unsigned char *)str;
	put(ctx, "\"", 1);
	while (*s) {
		const unsigned char *run = s;
		size_t n;
		/* plain bytes and valid UTF-8 go out as one run */
		while (*s && (n = utf8_len(s)) != 0 &&
		       (n > 1 || (*s >= 0x20 && *s != 0x7f && *s != '"' && *s != '\\')))
			s += n;
		if (s > run)
			put(ctx, (const char *)run, (size_t)(s - run));
		if (!*s)
			break;
		unsigned char c = *s++;
		char esc[6] = {'\\', 'u', '0', '0', hexdigit[c >> 4], hexdigit[c & 15]};
		if (utf8_len(s - 1) == 0 && c >= 0x80) {        /* not UTF-8: \udcXX */
			esc[2] = 'd';
			esc[3] = 'c';
			put(ctx, esc, 6);
			continue;
		}
		switch (c) {
		case '"': put(ctx, "\\\"", 2); break;
		case '\\': put(ctx, "\\\\", 2); break;
		case '\n': put(ctx, "\\n", 2); break;
		case '\t': put(ctx, "\\t", 2); break;
		case '\r': put(ctx, "\\r", 2); break;
		default: put(ctx, esc, 6);      /* other controls and DEL: \u00XX */
		}
	}
	put(ctx, "\"", 1);
}

static void to_file(void *ctx, const char *p, size_t n)
{
	fwrite(p, 1, n, ctx);
}

void json_str(FILE *out, const char *str)
{
	json_write(to_file, out, str);
}
