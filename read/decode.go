package read

import (
	"errors"
	"unicode/utf16"
)

func decodeUTF16(raw []byte) (string, error) {
	if len(raw)%2 != 0 {
		return "", errors.New("UTF-16 text with an odd number of bytes")
	}
	big := raw[0] == 0xFE
	u := make([]uint16, 0, len(raw)/2-1)
	for i := 2; i+1 < len(raw); i += 2 {
		if big {
			u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
		} else {
			u = append(u, uint16(raw[i+1])<<8|uint16(raw[i]))
		}
	}
	return normaliseNewlines(string(utf16.Decode(u))), nil
}

// cp1252 maps bytes 0x80-0x9F of Windows-1252; 0xA0-0xFF equal Latin-1.
var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

// cp1251 maps bytes 0x80-0xBF of Windows-1251; 0xC0-0xFF are А..я.
var cp1251 = [64]rune{
	'Ђ', 'Ѓ', '‚', 'ѓ', '„', '…', '†', '‡', '€', '‰', 'Љ', '‹', 'Њ', 'Ќ', 'Ћ', 'Џ',
	'ђ', '‘', '’', '“', '”', '•', '–', '—', '\u0098', '™', 'љ', '›', 'њ', 'ќ', 'ћ', 'џ',
	'\u00a0', 'Ў', 'ў', 'Ј', '¤', 'Ґ', '¦', '§', 'Ё', '©', 'Є', '«', '¬', '\u00ad', '®', 'Ї',
	'°', '±', 'І', 'і', 'ґ', 'µ', '¶', '·', 'ё', '№', 'є', '»', 'ј', 'Ѕ', 'ѕ', 'ї',
}

// decodeSingleByte decodes text that is not UTF-8 as Windows-1251 when most
// of its high bytes fall in the Cyrillic letter range, else as Windows-1252.
func decodeSingleByte(raw []byte) string {
	high, cyr := 0, 0
	for _, b := range raw {
		if b >= 0x80 {
			high++
			if b >= 0xC0 {
				cyr++
			}
		}
	}
	cyrillic := high > 0 && cyr*10 >= high*8 && high*5 >= countLetters(raw)
	out := make([]rune, 0, len(raw))
	for _, b := range raw {
		switch {
		case b < 0x80:
			out = append(out, rune(b))
		case cyrillic && b >= 0xC0:
			out = append(out, rune(0x410+int(b)-0xC0))
		case cyrillic:
			out = append(out, cp1251[b-0x80])
		case b < 0xA0:
			out = append(out, cp1252[b-0x80])
		default:
			out = append(out, rune(b))
		}
	}
	return string(out)
}

func countLetters(raw []byte) int {
	n := 0
	for _, b := range raw {
		if b >= 0x80 || (b|0x20 >= 'a' && b|0x20 <= 'z') {
			n++
		}
	}
	return n
}
