package questionnaire

import (
	"errors"
	"fmt"
	"slices"
	"sort"
)

// CharterKind is the kind of document whose answers others may take
// facts from: a commons has one charter, and its other documents (its
// contribution policy) name it rather than repeat what it says.
const CharterKind = "charter"

// Linked lists the questions that take their answer from the charter
// once the answers name one, in the order they are asked.
func (q *Questionnaire) Linked() []*Question {
	var out []*Question
	for _, qq := range q.order {
		if qq.FromCharter != "" {
			out = append(out, qq)
		}
	}
	return out
}

// Links reports whether answers of this kind may name a charter.
func (q *Questionnaire) Links() bool { return len(q.Linked()) > 0 }

// checkFromCharter checks what can be checked of a question's link
// without the charter's questionnaire.
func (qq *Question) checkFromCharter() []error {
	var errs []error
	if qq.CharterDefault != "" {
		switch {
		case qq.FromCharter != "":
			errs = append(errs, fmt.Errorf("%s: charter_default and from_charter together", qq.Key))
		case qq.Type != TypeText || qq.Translatable || qq.parent != nil:
			errs = append(errs, fmt.Errorf("%s: charter_default applies to a top-level plain text only", qq.Key))
		case !keyPattern.MatchString(qq.CharterDefault):
			errs = append(errs, fmt.Errorf("%s: charter_default %q is not a question key", qq.Key, qq.CharterDefault))
		}
	}
	if qq.FromCharter == "" {
		if qq.CharterOptions != nil || qq.CharterTicks != "" {
			errs = append(errs, fmt.Errorf("%s: charter_options or charter_ticks without from_charter", qq.Key))
		}
		return errs
	}
	if qq.CharterNone && qq.CharterTicks == "" {
		errs = append(errs, fmt.Errorf("%s: charter_none without charter_ticks", qq.Key))
	}
	if qq.CharterTicks != "" && qq.Type != TypeBool {
		errs = append(errs, fmt.Errorf("%s: charter_ticks applies to a yes-or-no question only", qq.Key))
	}
	if !keyPattern.MatchString(qq.FromCharter) {
		errs = append(errs, fmt.Errorf("%s: from_charter %q is not a question key", qq.Key, qq.FromCharter))
	}
	if qq.parent != nil || qq.Type == TypeList {
		errs = append(errs, fmt.Errorf("%s: only a top-level answer, not a list or its fields, can come from the charter", qq.Key))
	}
	if qq.Must != nil {
		errs = append(errs, fmt.Errorf("%s: a commitment is accepted by the user, it cannot come from the charter", qq.Key))
	}
	if qq.CharterOptions != nil && qq.Type != TypeChoice && qq.Type != TypeMulti {
		// A licence takes the charter's SPDX identifier as it is: any
		// current identifier is a valid answer to every licence question,
		// whatever licences each suggests.
		errs = append(errs, fmt.Errorf("%s: charter_options apply to choices only", qq.Key))
	}
	return errs
}

// CheckLink checks the questions of q that take their answer from the
// charter against the charter's questionnaire c: every answer the charter
// can give must be a valid answer here. The questions must have the same
// type, both translatable or neither; every option of a charter's choice
// must be an option here, under the same ID or the one CharterOptions
// gives; a number's bounds and a text's length here must admit every
// answer the charter admits.
func (q *Questionnaire) CheckLink(c *Questionnaire) error {
	if c.Kind != CharterKind {
		return fmt.Errorf("questionnaire %s: takes facts from %s, not %s", q.Kind, CharterKind, c.Kind)
	}
	var errs []error
	for _, qq := range q.Linked() {
		src, ok := c.byKey[qq.FromCharter]
		if !ok || src.parent != nil || src.Type == TypeList {
			errs = append(errs, fmt.Errorf("%s: from_charter %s is not a top-level answer of the charter", qq.Key, qq.FromCharter))
			continue
		}
		errs = append(errs, linkErrors(qq, src)...)
	}
	// A charter default must be an answer that the question admits.
	for _, qq := range q.order {
		if qq.CharterDefault == "" {
			continue
		}
		src, ok := c.byKey[qq.CharterDefault]
		if !ok || src.parent != nil || src.Type != qq.Type || src.Translatable {
			errs = append(errs, fmt.Errorf("%s: charter_default %s is not a top-level plain text of the charter", qq.Key, qq.CharterDefault))
		} else if maxLength(qq) < maxLength(src) {
			errs = append(errs, fmt.Errorf("%s (charter_default %s): the charter admits longer texts (%d characters) than this question (%d)", qq.Key, src.Key, maxLength(src), maxLength(qq)))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("questionnaire %s: %w", q.Kind, err)
	}
	return nil
}

func linkErrors(qq, src *Question) []error {
	var errs []error
	add := func(format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s (from_charter %s): "+format, append([]any{qq.Key, src.Key}, a...)...))
	}
	if qq.CharterTicks != "" {
		if _, ok := src.Option(qq.CharterTicks); src.Type != TypeMulti || !ok {
			add("charter_ticks %q is no option of a multiple choice of the charter", qq.CharterTicks)
		}
		return errs
	}
	if qq.Type != src.Type {
		add("a %s cannot take the answer of a %s", qq.Type, src.Type)
		return errs
	}
	if qq.Translatable != src.Translatable {
		add("both questions must be translatable, or neither")
	}
	switch qq.Type {
	case TypeChoice, TypeMulti:
		for id := range qq.CharterOptions {
			if _, ok := src.Option(id); !ok {
				add("charter_options maps %q, which is no option of the charter", id)
			}
		}
		for _, o := range src.Options {
			if _, ok := qq.Option(qq.charterOption(o.ID)); !ok {
				add("the charter's option %q is no option here; map it in charter_options", o.ID)
			}
		}
	case TypeNumber:
		if qq.Min != nil && (src.Min == nil || *src.Min < *qq.Min) {
			add("the charter admits numbers below %d", *qq.Min)
		}
		if qq.Max != nil && (src.Max == nil || *src.Max > *qq.Max) {
			add("the charter admits numbers above %d", *qq.Max)
		}
	case TypeText, TypeLong:
		if maxLength(qq) < maxLength(src) {
			add("the charter admits longer texts (%d characters) than this question (%d)", maxLength(src), maxLength(qq))
		}
	}
	return errs
}

func maxLength(qq *Question) int {
	if qq.MaxLength == 0 {
		return DefaultMaxLength
	}
	return qq.MaxLength
}

// charterOption is the ID here of the charter's option id.
func (qq *Question) charterOption(id string) string {
	if mapped, ok := qq.CharterOptions[id]; ok {
		return mapped
	}
	return id
}

// FromCharter returns the answers q takes from the charter's resolved
// answers (see Resolve): the answer of each linked question's charter
// question, options mapped. A question whose charter question has no
// answer, or does not apply to the charter, is absent, except a yes or no
// read from a tick (CharterTicks), which is then no.
func (q *Questionnaire) FromCharter(charter Values) Values {
	out := Values{}
	for _, qq := range q.Linked() {
		v, ok := charter[qq.FromCharter]
		if qq.CharterTicks != "" {
			// A charter that does not tick the option, having ticked
			// none or not been asked, answers no, unless ticking none
			// counts as ticking every option (CharterNone).
			ticks, _ := v.([]string)
			out[qq.Key] = slices.Contains(ticks, qq.CharterTicks) || (qq.CharterNone && len(ticks) == 0)
			continue
		}
		if !ok || empty(v) {
			continue
		}
		switch v := v.(type) {
		case string:
			if qq.Type == TypeChoice {
				out[qq.Key] = qq.charterOption(v)
				continue
			}
			out[qq.Key] = v
		case []string:
			ids := make([]string, len(v))
			for i, id := range v {
				ids[i] = qq.charterOption(id)
			}
			order := qq.OptionIDs()
			sort.SliceStable(ids, func(i, j int) bool { return slices.Index(order, ids[i]) < slices.Index(order, ids[j]) })
			out[qq.Key] = slices.Compact(ids)
		default:
			out[qq.Key] = v
		}
	}
	return out
}
