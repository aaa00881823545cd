package split

// Cleaning: Slack and Markdown markup, links, mentions, emoji and entities taken
// out of the text kept for a question.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type cleaner struct {
	dst   []byte
	base  int
	space bool
	glue  bool // a mention was dropped: no space before the punctuation after it
}

func (c *cleaner) put(b ...byte) {
	if c.glue && len(b) > 0 && strings.IndexByte(",.;:!?)", b[0]) >= 0 {
		c.space = false
		if len(c.dst) == c.base && len(b) == 1 {
			return // "<@U1>, do you…": nothing before the comma
		}
	}
	c.glue = false
	if c.space && len(c.dst) > c.base {
		c.dst = append(c.dst, ' ')
	}
	c.space = false
	c.dst = append(c.dst, b...)
}

func (c *cleaner) putStr(s string) {
	if c.glue && len(s) > 0 && strings.IndexByte(",.;:!?)", s[0]) >= 0 {
		c.space = false
	}
	c.glue = false
	if c.space && len(c.dst) > c.base {
		c.dst = append(c.dst, ' ')
	}
	c.space = false
	c.dst = append(c.dst, s...)
}

func isWordByte(b byte) bool { return isAlpha(b) || isDigit(b) || b >= utf8.RuneSelf }

func isBlankByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

var entities = [...]struct{ name, val string }{
	{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", `"`}, {"&#39;", "'"},
	{"&apos;", "'"}, {"&nbsp;", " "}, {"&#x27;", "'"},
}

// clean appends s to dst with Slack and Markdown markup removed, entities decoded and
// white space folded. dq collapses the doubled quotes of a quoted spreadsheet cell.
func clean(dst []byte, s string, dq bool) []byte {
	c := cleaner{dst: dst, base: len(dst)}
	var emph [3]bool
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			switch {
			case b <= ' ' || b == 0x7f:
				c.space = true
				i++
				continue
			case b == '<':
				if n, label, ok := slackLink(s[i:]); ok {
					if label != "" {
						c.dst = cleanLabel(&c, label)
					} else {
						c.glue = true
					}
					i += n
					continue
				}
			case b == '&':
				matched := false
				for _, e := range entities {
					if strings.HasPrefix(s[i:], e.name) {
						if e.val == " " {
							c.space = true
						} else {
							c.putStr(e.val)
						}
						i += len(e.name)
						matched = true
						break
					}
				}
				if matched {
					continue
				}
			case b == '[':
				if n, label := mdLink(s[i:]); n > 0 {
					c.dst = cleanLabel(&c, label)
					i += n
					continue
				}
			case b == '`':
				i++
				continue
			case b == '*' || b == '_' || b == '~':
				// Emphasis markers go in pairs: an opening run with a later
				// partner, then its closing run. A lone "*nix" star stays.
				j := i
				for j < len(s) && s[j] == b {
					j++
				}
				var l, r byte = ' ', ' '
				if i > 0 {
					l = s[i-1]
				}
				if j < len(s) {
					r = s[j]
				}
				e := strings.IndexByte("*_~", b)
				switch {
				case emph[e] && !isBlankByte(l) && !isWordByte(r):
					emph[e] = false
					i = j
					continue
				case !emph[e] && !isWordByte(l) && !isBlankByte(r) && strings.IndexByte(s[j:], b) >= 0:
					emph[e] = true
					i = j
					continue
				}
				c.putStr(s[i:j])
				i = j
				continue
			case b == '"' && dq && i+1 < len(s) && s[i+1] == '"':
				c.put('"')
				i += 2
				continue
			case b == ':':
				if n := emojiLen(s, i); n > 0 {
					i += n
					continue
				}
			}
			c.put(b)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x200b || r == 0x200c || r == 0x200d || r == 0x2060 || r == 0xfeff:
		case unicode.IsSpace(r) || unicode.IsControl(r):
			c.space = true
		default:
			c.putStr(s[i : i+n])
		}
		i += n
	}
	return c.dst
}

func cleanLabel(c *cleaner, label string) []byte {
	n := len(c.dst)
	if c.space && n > c.base {
		c.dst = append(c.dst, ' ')
	}
	m := len(c.dst)
	c.dst = clean(c.dst, label, false)
	if len(c.dst) == m { // nothing left of the label: keep the pending space
		c.dst = c.dst[:n]
		return c.dst
	}
	c.space = false
	return c.dst
}

// mdLink decodes a Markdown link, [label](target), at the start of s: its length
// and label. Images (![alt](src)) are links too, seen from their "[".
func mdLink(s string) (n int, label string) {
	lim := min(len(s), 1024)
	k := strings.IndexByte(s[1:lim], ']')
	if k < 0 || 1+k+1 >= lim || s[1+k+1] != '(' {
		return 0, ""
	}
	label = s[1 : 1+k]
	if strings.IndexByte(label, '[') >= 0 || strings.IndexByte(label, '\n') >= 0 {
		return 0, ""
	}
	rest := s[1+k+2 : lim]
	e := strings.IndexByte(rest, ')')
	if e < 0 || strings.IndexAny(rest[:e], " \n") >= 0 {
		return 0, ""
	}
	return 1 + k + 2 + e + 1, label
}

// slackLink decodes Slack's <url|label>, <@U123>, <#C1|chan> and <!here> forms.
func slackLink(s string) (n int, label string, ok bool) {
	lim := min(len(s), 1024)
	k := strings.IndexByte(s[1:lim], '>')
	if k <= 0 {
		return 0, "", false
	}
	content := s[1 : 1+k]
	if strings.IndexByte(content, '<') >= 0 || strings.IndexByte(content, '\n') >= 0 {
		return 0, "", false
	}
	target, lab, piped := strings.Cut(content, "|")
	if target == "" || strings.IndexByte(target, ' ') >= 0 {
		return 0, "", false
	}
	switch target[0] {
	case '@', '!':
		return k + 2, "", true
	case '#':
		if piped {
			return k + 2, lab, true
		}
		return k + 2, "", true
	}
	if strings.IndexByte(target, ':') < 0 {
		return 0, "", false
	}
	if piped && lab != "" {
		return k + 2, lab, true
	}
	return k + 2, target, true
}

// emojiLen returns the length of a Slack emoji code such as ":lock:" at s[i].
func emojiLen(s string, i int) int {
	if i > 0 && isWordByte(s[i-1]) {
		return 0
	}
	j := i + 1
	for j < len(s) && j-i < 40 {
		c := s[j]
		if isLower(c) || isDigit(c) || c == '_' || c == '+' || c == '-' {
			j++
			continue
		}
		break
	}
	if j == i+1 || j >= len(s) || s[j] != ':' || (j+1 < len(s) && isWordByte(s[j+1])) {
		return 0
	}
	return j + 1 - i
}
