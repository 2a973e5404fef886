package questionnaire

import (
	"bytes"
	"encoding/json"
	"slices"
	"time"

	"apitos/internal/textfmt"
)

// Public returns the answers a set of documents is built from, by public
// key, as JSON values: every question that applies with its answer or its
// default (Resolve), a text as a string, a number as an integer, yes or no
// as a boolean, a date as "YYYY-MM-DD", a choice, licence or country as
// its identifier, a multiple choice as an array of option identifiers in
// questionnaire order, a translatable text as an object of its texts by
// language, and a list as an array of objects of fields by field key.
//
// Only what can reach a document is kept: a translatable text keeps its
// texts in the documents' languages (a text in another language, or one
// that does not say its language, is printed in none), and an empty
// answer is left out.
func (q *Questionnaire) Public(vals Values) map[string]any {
	resolved := q.Resolve(vals)
	langs := resolved.Langs()
	out := map[string]any{}
	for _, qq := range q.order {
		if v := publicValue(qq, resolved[qq.Key], langs); v != nil {
			out[qq.Key] = v
		}
	}
	return out
}

func publicValue(qq *Question, v any, langs []textfmt.Lang) any {
	switch v := v.(type) {
	case nil:
		return nil
	case Translated:
		texts := map[string]string{}
		for _, l := range langs {
			if s := v[l]; s != "" {
				texts[string(l)] = s
			}
		}
		if len(texts) == 0 {
			return nil
		}
		return texts
	case string:
		if v == "" {
			return nil
		}
		if qq.Translatable {
			// A text given for a document in one language is that
			// language's text.
			return map[string]string{string(langs[0]): v}
		}
		return v
	case time.Time:
		if v.IsZero() {
			return nil
		}
		return v.Format(time.DateOnly)
	case []string:
		if len(v) == 0 {
			return nil
		}
		return slices.Clone(v)
	case []Record:
		var rows []map[string]any
		for _, rec := range v {
			row := map[string]any{}
			for _, f := range qq.Fields {
				if fv := publicValue(f, rec[f.FieldKey()], langs); fv != nil {
					row[f.FieldKey()] = fv
				}
			}
			rows = append(rows, row)
		}
		if len(rows) == 0 {
			return nil
		}
		return rows
	}
	return v // int, bool
}

// Canonical is the canonical form of a set of answers, from which their
// fingerprint is computed: the JSON object
//
//	{"answers":{…Public…},"kind":"<kind>","languages":["en","fr"]}
//
// with, when the answers replace the text of clauses, "overrides": {…
// PublicOverrides…} as well, since those texts are in the documents.
// encoded as UTF-8 without insignificant white space, with the members of
// every object in the byte order of their names and no character escaped
// beyond what JSON requires (quotation mark, reverse solidus and control
// characters). Two answers files that give the same documents have the
// same canonical form, whatever their comments, the order of their keys,
// their quoting or the answers they leave to a default; answers to
// questions that do not apply leave no trace in it.
func (q *Questionnaire) Canonical(vals Values) []byte {
	var langs []string
	for _, l := range q.Resolve(vals).Langs() {
		langs = append(langs, string(l))
	}
	doc := map[string]any{"kind": q.Kind, "languages": langs, "answers": q.Public(vals)}
	if o := PublicOverrides(vals); len(o) > 0 {
		doc["overrides"] = o
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		panic(err) // strings, numbers, booleans, arrays and maps always encode
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// PublicOverrides returns the texts that replace clauses' own, by clause
// ID and language, in the documents' languages only.
func PublicOverrides(vals Values) map[string]map[string]string {
	langs := vals.Langs()
	out := map[string]map[string]string{}
	for id, t := range vals.Overrides() {
		texts := map[string]string{}
		for _, l := range langs {
			if s := t[l]; s != "" {
				texts[string(l)] = s
			}
		}
		if len(texts) > 0 {
			out[id] = texts
		}
	}
	return out
}
