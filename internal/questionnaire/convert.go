package questionnaire

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"apitos/internal/mdtext"
	"apitos/internal/spdx"
	"apitos/internal/textfmt"
)

// Message is a problem with an answer, to be worded in the user's language
// by the caller (see package locales). Data holds the template values of
// the message; values of type Text are chosen in the user's language.
type Message struct {
	ID   string
	Data map[string]any
}

// NewMessage builds a message from its id and key/value pairs of data.
func NewMessage(id string, kv ...any) *Message {
	m := &Message{ID: id, Data: map[string]any{}}
	for i := 0; i+1 < len(kv); i += 2 {
		m.Data[kv[i].(string)] = kv[i+1]
	}
	return m
}

var msg = NewMessage

// Convert turns an answer written as text (in a YAML file or a wizard
// field) into its typed value: string for text, e-mail, URL, choice,
// licence and country; int for numbers; bool; time.Time for dates;
// []string for a multiple choice written "a,b". An empty answer converts
// to nil. The message says what is wrong otherwise.
func (qq *Question) Convert(s string) (any, *Message) {
	if qq.Type != TypeLong && qq.Type != TypeText {
		s = strings.TrimSpace(s)
	}
	if s == "" {
		return nil, nil
	}
	switch qq.Type {
	case TypeText, TypeLong:
		return qq.convertText(s)
	case TypeEmail:
		if !mdtext.IsEmail(s) {
			return nil, msg("value.email", "Value", s)
		}
		return s, nil
	case TypeURL:
		return convertURL(s)
	case TypeDate:
		t, err := textfmt.ParseDate(s)
		if err != nil {
			return nil, msg("value.date", "Value", s)
		}
		return t, nil
	case TypeNumber:
		return qq.convertNumber(s)
	case TypeBool:
		return qq.convertBool(s)
	case TypeChoice:
		return qq.convertChoice(s)
	case TypeLicence:
		return qq.convertLicence(s)
	case TypeMulti:
		// Written as text (an example, a default, a wizard field), a
		// multiple choice is a comma-separated list of option IDs.
		return qq.ConvertMulti(strings.Split(s, ","))
	case TypeCountry:
		return convertCountry(s)
	}
	return nil, msg("value.scalar")
}

// ConvertTranslated converts the texts of a translatable answer, language
// by language, as Convert converts one text. Empty texts are left out, and
// the answer is nil when none is left; bad reports the problem of each
// language whose text is invalid.
func (qq *Question) ConvertTranslated(texts map[textfmt.Lang]string) (t Translated, bad map[textfmt.Lang]*Message) {
	for _, l := range textfmt.All {
		s, ok := texts[l]
		if !ok {
			continue
		}
		v, m := qq.Convert(s)
		switch {
		case m != nil:
			if bad == nil {
				bad = map[textfmt.Lang]*Message{}
			}
			bad[l] = m
		case v != nil:
			if t == nil {
				t = Translated{}
			}
			t[l] = v.(string)
		}
	}
	return t, bad
}

func (qq *Question) convertText(s string) (any, *Message) {
	if !utf8.ValidString(s) {
		return nil, msg("value.encoding")
	}
	max := qq.MaxLength
	if max == 0 {
		max = DefaultMaxLength
	}
	if n := utf8.RuneCountInString(s); n > max {
		return nil, msg("value.too_long", "Max", max, "Length", n)
	}
	for _, r := range s {
		if (r == '\n' || r == '\r') && qq.Type == TypeText {
			return nil, msg("value.one_line")
		}
		if forbiddenRune(r) {
			return nil, msg("value.control", "Code", strconv.QuoteRuneToASCII(r))
		}
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	return s, nil
}

// forbiddenRune reports control and invisible formatting characters that
// have no place in a legal document: they could hide or reorder text
// (bidirectional overrides) or corrupt files. Line breaks and tabs pass,
// for paragraphs; right-to-left scripts and emoji pass as ordinary text.
func forbiddenRune(r rune) bool {
	switch {
	case r == '\n' || r == '\r' || r == '\t':
		return false
	case unicode.IsControl(r):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	case r == mdtext.SentinelOpen || r == mdtext.SentinelClose:
		return true
	}
	return false
}

func convertURL(s string) (any, *Message) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" ||
		strings.ContainsAny(s, " <>\"`\\") || len(s) > DefaultMaxLength {
		return nil, msg("value.url", "Value", s)
	}
	for _, r := range s {
		if forbiddenRune(r) || unicode.IsSpace(r) {
			return nil, msg("value.url", "Value", s)
		}
	}
	return s, nil
}

func (qq *Question) convertNumber(s string) (any, *Message) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return nil, msg("value.number", "Value", s)
	}
	if qq.Min != nil && n < *qq.Min {
		if len(qq.MinReason) > 0 {
			return nil, msg("value.min_reason", "Min", *qq.Min, "Reason", qq.MinReason)
		}
		return nil, msg("value.min", "Min", *qq.Min)
	}
	if qq.Max != nil && n > *qq.Max {
		return nil, msg("value.max", "Max", *qq.Max)
	}
	return n, nil
}

func (qq *Question) convertBool(s string) (any, *Message) {
	var b bool
	switch strings.ToLower(s) {
	case "true", "yes":
		b = true
	case "false", "no":
		b = false
	default:
		return nil, msg("value.bool", "Value", s)
	}
	if qq.Must != nil && b != *qq.Must {
		return nil, msg("value.must", "Want", *qq.Must, "Reason", qq.MustReason)
	}
	return b, nil
}

func (qq *Question) convertChoice(s string) (any, *Message) {
	if _, ok := qq.Option(s); ok {
		return s, nil
	}
	ids := qq.OptionIDs()
	if near := Closest(s, ids); near != "" {
		return nil, msg("value.choice_suggest", "Value", s, "Options", strings.Join(ids, ", "), "Suggestion", near)
	}
	return nil, msg("value.choice", "Value", s, "Options", strings.Join(ids, ", "))
}

// convertLicence accepts any current SPDX identifier, in any case. A
// licence named as people name it ("GPLv3", "Apache 2", "Licence
// Ouverte") is refused with the identifiers it can mean, as a choice when
// it says too little (GPL-3.0-only or GPL-3.0-or-later); so is a
// deprecated identifier. Otherwise the nearest identifier is suggested,
// preferring the suggested licences, as for a typo.
func (qq *Question) convertLicence(s string) (any, *Message) {
	if id, ok := spdx.Lookup(s); ok {
		return id, nil
	}
	ids := spdx.Suggest(s)
	deprecated := spdx.Deprecated(s)
	if only, later, ok := spdx.OnlyOrLater(ids); ok {
		id := "value.licence_later"
		if deprecated {
			id = "value.licence_deprecated_later"
		}
		return nil, msg(id, "Value", s, "Only", only, "Later", later, Choices, ids)
	}
	if len(ids) > 0 {
		id := "value.licence_suggest"
		if deprecated {
			id = "value.licence_deprecated_suggest"
		}
		return nil, msg(id, "Value", s, "Suggestion", alternatives(ids), Choices, ids)
	}
	if deprecated {
		return nil, msg("value.licence_deprecated", "Value", s)
	}
	near := Closest(s, qq.OptionIDs())
	if near == "" {
		near = Closest(s, spdx.IDs())
	}
	if near != "" {
		return nil, msg("value.licence_suggest", "Value", s, "Suggestion", alternatives([]string{near}), Choices, []string{near})
	}
	return nil, msg("value.licence", "Value", s)
}

// Choices is where the message refusing an answer holds, as []string,
// the answers it suggests instead, for a front end to offer.
const Choices = "Choices"

// alternatives words identifiers as a choice in every language: "A, B
// or C", "A, B ou C".
func alternatives(ids []string) Text {
	t := Text{}
	for _, l := range textfmt.All {
		t[l] = textfmt.Alternatives(l, ids)
	}
	return t
}

// ConvertMulti checks a list of option IDs for a multiple-choice question.
func (qq *Question) ConvertMulti(items []string) (any, *Message) {
	var out []string
	for _, s := range items {
		s = strings.TrimSpace(s)
		v, m := qq.convertChoice(s)
		if m != nil {
			return nil, m
		}
		if !slices.Contains(out, v.(string)) {
			out = append(out, v.(string))
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	if qq.Min != nil && len(out) < *qq.Min {
		return nil, msg("value.multi_min", "Min", *qq.Min)
	}
	// Keep the questionnaire's order, so that the same choices always give
	// the same text.
	order := qq.OptionIDs()
	slices.SortFunc(out, func(a, b string) int { return slices.Index(order, a) - slices.Index(order, b) })
	return out, nil
}

// Closest returns the candidate nearest to s by edit distance when it is
// close enough to be a likely typo, or "".
func Closest(s string, candidates []string) string {
	lower := strings.ToLower(s)
	best, bestD := "", 1<<30
	for _, c := range candidates {
		lc := strings.ToLower(c)
		d := distance(lower, lc)
		// A truncated word ("neutral" for "neutrality") is a likely typo too.
		if len(lower) >= 4 && (strings.HasPrefix(lc, lower) || strings.HasPrefix(lower, lc)) {
			d = min(d, 1)
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	if bestD <= max(2, len(s)/3) {
		return best
	}
	return ""
}

// distance is the Levenshtein edit distance between a and b.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
