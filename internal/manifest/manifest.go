// Package manifest describes a set of generated documents for programs:
// DIR/<kind>.json, written beside them, says what kind of document they
// are, which version, from which answers (every answer by its public key,
// the options chosen by their identifiers, the licences by their SPDX
// identifiers), with the fingerprints and the SHA-256 of every file
// written. Its JSON Schema ships with the program (Schema).
package manifest

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"apitos/internal/questionnaire"
	"apitos/internal/spdx"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// Schema is the JSON Schema (draft 2020-12) of manifests.
//
//go:embed manifest.schema.json
var Schema []byte

// SchemaID is the identifier of Schema, which every manifest names.
const SchemaID = "https://apitos.org/schema/manifest-1.json"

// Manifest is the content of DIR/<kind>.json.
type Manifest struct {
	Schema    string    `json:"$schema"`
	Generator Generator `json:"generator"`
	Kind      string    `json:"kind"`
	// Version and EffectiveDate are the documents' own, from the answers.
	Version       string   `json:"version,omitempty"`
	EffectiveDate string   `json:"effective_date,omitempty"`
	Languages     []string `json:"languages"`
	Draft         bool     `json:"draft"`
	// Review marks documents written for a reviewer, with commentary.
	Review bool `json:"review,omitempty"`
	// Overrides holds the clauses whose text the answers replace,
	// edited by hand: their texts by clause ID and language.
	Overrides map[string]map[string]string `json:"overrides,omitempty"`
	// Answers holds every answer the documents are built from, by public
	// key, as questionnaire.Public gives them.
	Answers map[string]any `json:"answers"`
	// Options holds the option chosen for each choice (an identifier) and
	// the options chosen for each multiple choice (identifiers).
	Options map[string]any `json:"options"`
	// Conditions is, for the API terms, the code of the five conditions
	// (see ConditionsCode).
	Conditions string `json:"conditions,omitempty"`
	// Licences maps the answers that name a licence to its SPDX
	// identifier.
	Licences    map[string]string `json:"licences"`
	Fingerprint Fingerprint       `json:"fingerprint"`
	Files       []File            `json:"files"`
}

// Generator names the program that wrote the files.
type Generator struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Fingerprint holds the digests every file carries.
type Fingerprint struct {
	Answers   string `json:"answers"`
	Templates string `json:"templates"`
}

// File is one file written, by its path relative to the manifest.
type File struct {
	Name   string `json:"name"`
	Lang   string `json:"lang,omitempty"`
	SHA256 string `json:"sha256"`
	Bytes  int    `json:"bytes"`
}

// Input is what a manifest describes.
type Input struct {
	Kind    *templates.Kind
	Values  questionnaire.Values
	Langs   []textfmt.Lang // the languages written
	Draft   bool
	Review  bool   // documents for a reviewer
	Program string // the version of APIToS
	Files   []File // Name and Lang; Build fills in the digests from Data
	Data    [][]byte
}

// Build returns the manifest of a set of files, as indented JSON ending
// with a new line. The same input always gives the same bytes.
func Build(in Input) []byte {
	q := in.Kind.Questionnaire
	resolved := q.Resolve(in.Values)
	m := Manifest{
		Schema:    SchemaID,
		Generator: Generator{Name: "APIToS", Version: in.Program},
		Kind:      in.Kind.ID,
		Draft:     in.Draft,
		Review:    in.Review,
		Overrides: questionnaire.PublicOverrides(in.Values),
		Answers:   q.Public(in.Values),
		Options:   map[string]any{},
		Licences:  map[string]string{},
		Fingerprint: Fingerprint{
			Answers:   Digest(q.Canonical(in.Values)),
			Templates: in.Kind.Digest(),
		},
	}
	if v, ok := resolved[q.Document.Version].(string); ok {
		m.Version = v
	}
	if d, ok := resolved[q.Document.EffectiveDate].(time.Time); ok {
		m.EffectiveDate = d.Format(time.DateOnly)
	}
	for _, l := range in.Langs {
		m.Languages = append(m.Languages, string(l))
	}
	for _, qq := range q.Questions() {
		v, ok := resolved[qq.Key]
		if !ok {
			continue
		}
		switch qq.Type {
		case questionnaire.TypeChoice, questionnaire.TypeMulti:
			m.Options[qq.Key] = v
		case questionnaire.TypeLicence:
			m.Licences[qq.Key] = v.(string)
		}
		if id, ok := optionLicences[in.Kind.ID+"/"+qq.Key][fmt.Sprint(v)]; ok {
			m.Licences[qq.Key] = id
		}
	}
	if in.Kind.ID == "api-tos" {
		m.Conditions = ConditionsCode(resolved)
		if id := dataLicence(resolved); id != "" {
			m.Licences["conditions.data"] = id
		}
	}
	for i, f := range in.Files {
		f.SHA256 = fmt.Sprintf("%x", sha256.Sum256(in.Data[i]))
		f.Bytes = len(in.Data[i])
		m.Files = append(m.Files, f)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		panic(err) // every value is a string, number, boolean, slice or map
	}
	return buf.Bytes()
}

// Digest is "sha256:" and the SHA-256 of data in hexadecimal, the form of
// every fingerprint.
func Digest(data []byte) string { return fmt.Sprintf("sha256:%x", sha256.Sum256(data)) }

// Name is the manifest's file name: <kind>.json, or <kind>.draft.json
// beside drafts and <kind>.review.json beside documents for review, so
// that neither's ever replaces the final documents'.
func Name(kind string, draft, review bool) string {
	if review {
		return kind + ".review.json"
	}
	if draft {
		return kind + ".draft.json"
	}
	return kind + ".json"
}

// dataLicence is the SPDX identifier of the licence of the data an API
// returns, where the answers name an open data licence that names only
// one ("" if none can be told): the data waived under CC0 are listed by
// their option, like the specification's licence.
func dataLicence(resolved questionnaire.Values) string {
	if fmt.Sprint(resolved["conditions.data"]) != "open-data-licence" {
		return ""
	}
	var names []string
	switch t := resolved["data.licence.title"].(type) {
	case string:
		names = append(names, t)
	case questionnaire.Translated:
		for _, l := range textfmt.All {
			names = append(names, t[l])
		}
	}
	for _, name := range names {
		if ids := spdx.Suggest(name); len(ids) == 1 {
			return ids[0]
		}
	}
	return ""
}

// optionLicences gives the SPDX identifier of the licence an option
// stands for, by kind and question.
var optionLicences = map[string]map[string]string{
	"api-tos/conditions.specification": {"cc0": "CC0-1.0", "cc-by-sa": "CC-BY-SA-4.0", "licence-ouverte": "etalab-2.0", "cc-by-4.0": "CC-BY-4.0"},
	"api-tos/conditions.data":          {"open-reuse": "CC0-1.0"},
}

// conditionTokens are the tokens of the code of the API terms' five
// conditions, one per condition: a letter for the condition, a letter
// for the option. They are a public contract, like option identifiers:
// a token never changes once released.
//
//	A  access         N neutral, R restricted, S neutral with share-alike
//	S  specification  0 CC0 (public domain), S CC BY-SA (share-alike), E Licence Ouverte (Etalab),
//	                  B CC BY (attribution)
//	D  data           O open reuse, L open data licence, C commercial licence
//	P  users' products A any reuse, C no direct competition, N non-commercial
//	C  credit         R attribution required, N none, T attribution and trademarks
var conditionTokens = []condition{
	{"conditions.access", map[string]string{"neutrality": "AN", "restricted": "AR", "share-alike": "AS"}},
	{"conditions.specification", map[string]string{"cc0": "S0", "cc-by-sa": "SS", "licence-ouverte": "SE", "cc-by-4.0": "SB"}},
	{"conditions.data", map[string]string{"open-reuse": "DO", "open-data-licence": "DL", "commercial": "DC"}},
	{"conditions.output", map[string]string{"any-reuse": "PA", "no-direct-competition": "PC", "non-commercial": "PN"}},
	{"conditions.attribution", map[string]string{"required": "CR", "none": "CN", "trademark": "CT"}},
}

type condition struct {
	key    string
	tokens map[string]string // by option identifier
}

// ConditionsCode is the short code of the API terms' five conditions,
// their tokens in a fixed order joined by hyphens: "AN-S0-DO-PA-CR" for
// neutral access, a public-domain specification, open data, any reuse
// and attribution required. A condition without an answer is "?".
func ConditionsCode(resolved questionnaire.Values) string {
	var parts []string
	for _, c := range conditionTokens {
		tok, ok := c.tokens[fmt.Sprint(resolved[c.key])]
		if !ok {
			tok = "?"
		}
		parts = append(parts, tok)
	}
	return strings.Join(parts, "-")
}
