// Package openapi reads what an OpenAPI document (3.0 or 3.1, in JSON or
// YAML) already says that API terms ask for: the API's name, the contact
// address, the address of the terms and of the documentation, the
// licence of the specification. It says what it took, and what it left
// and why.
package openapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"

	"apitos/internal/questionnaire"
	"apitos/internal/spdx"

	"go.yaml.in/yaml/v3"
)

// document is the part of an OpenAPI document read here.
type document struct {
	OpenAPI string `json:"openapi" yaml:"openapi"`
	Swagger string `json:"swagger" yaml:"swagger"`
	Info    struct {
		Title          string `json:"title" yaml:"title"`
		Version        string `json:"version" yaml:"version"`
		TermsOfService string `json:"termsOfService" yaml:"termsOfService"`
		Contact        struct {
			Name  string `json:"name" yaml:"name"`
			URL   string `json:"url" yaml:"url"`
			Email string `json:"email" yaml:"email"`
		} `json:"contact" yaml:"contact"`
		License struct {
			Name       string `json:"name" yaml:"name"`
			Identifier string `json:"identifier" yaml:"identifier"`
			URL        string `json:"url" yaml:"url"`
		} `json:"license" yaml:"license"`
	} `json:"info" yaml:"info"`
	ExternalDocs struct {
		URL string `json:"url" yaml:"url"`
	} `json:"externalDocs" yaml:"externalDocs"`
}

// Taken is an answer taken from the document.
type Taken struct {
	Field string // where the document says it: info.title
	Key   string // the question it answers: api.name
	Value any    // the answer, as the questionnaire holds it
	Shown string // the value as the document gives it
}

// Left is what the document says that was not taken, and why.
type Left struct {
	Field, Value string
	Reason       *questionnaire.Message
}

// Result is what was read from a document.
type Result struct {
	Version string // the OpenAPI version: 3.0.3, 3.1.0
	Taken   []Taken
	Left    []Left
}

// Errors reading a document.
var (
	ErrSwagger    = errors.New("a Swagger 2.0 document, not OpenAPI 3")
	ErrNotOpenAPI = errors.New("not an OpenAPI document (no openapi: 3.0 or 3.1 field)")
)

// Read reads an OpenAPI document, JSON or YAML, and takes the answers
// the questionnaire q (the API terms') can take from it.
func Read(data []byte, q *questionnaire.Questionnaire) (*Result, error) {
	var d document
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\ufeff")), " \t\r\n")
	var err error
	if bytes.HasPrefix(trimmed, []byte("{")) {
		err = json.Unmarshal(trimmed, &d)
	} else {
		err = yaml.Unmarshal(trimmed, &d)
	}
	if err != nil {
		return nil, err
	}
	switch {
	case d.Swagger != "":
		return nil, ErrSwagger
	case !strings.HasPrefix(d.OpenAPI, "3.0") && !strings.HasPrefix(d.OpenAPI, "3.1"):
		return nil, ErrNotOpenAPI
	}
	r := &Result{Version: d.OpenAPI}
	r.take(q, "info.title", "api.name", d.Info.Title)
	r.take(q, "info.contact.email", "provider.contact", d.Info.Contact.Email)
	r.take(q, "info.termsOfService", "api.terms_url", d.Info.TermsOfService)
	r.take(q, "externalDocs.url", "api.docs_url", d.ExternalDocs.URL)
	r.licence(q, d.Info.License.Identifier, d.Info.License.Name)
	if v := d.Info.Version; v != "" {
		r.Left = append(r.Left, Left{"info.version", v, questionnaire.NewMessage("openapi.api_version")})
	}
	if v := d.Info.Contact.Name; v != "" {
		r.Left = append(r.Left, Left{"info.contact.name", v, questionnaire.NewMessage("openapi.contact_name")})
	}
	if v := d.Info.Contact.URL; v != "" {
		r.Left = append(r.Left, Left{"info.contact.url", v, questionnaire.NewMessage("openapi.contact_url")})
	}
	return r, nil
}

// take answers the question key with what field says, if it says
// anything and the answer is valid.
func (r *Result) take(q *questionnaire.Questionnaire, field, key, value string) {
	value = strings.TrimSpace(value)
	if value == "" {
		return
	}
	qq, ok := q.Question(key)
	if !ok {
		return
	}
	v, problem := qq.Convert(value)
	if problem != nil {
		r.Left = append(r.Left, Left{field, value, problem})
		return
	}
	r.Taken = append(r.Taken, Taken{Field: field, Key: key, Value: v, Shown: value})
}

// specificationLicences are the licences the terms offer for the
// specification, by SPDX identifier, with their option.
var specificationLicences = map[string]string{"CC0-1.0": "cc0", "CC-BY-SA-4.0": "cc-by-sa", "etalab-2.0": "licence-ouverte", "CC-BY-4.0": "cc-by-4.0"}

// licence takes the licence of the specification, given by its SPDX
// identifier (OpenAPI 3.1) or its name.
func (r *Result) licence(q *questionnaire.Questionnaire, id, name string) {
	field, given := "info.license.identifier", id
	if id == "" {
		field, given = "info.license.name", name
		if ids := spdx.Suggest(name); len(ids) == 1 {
			id = ids[0]
		} else if canonical, ok := spdx.Lookup(name); ok {
			id = canonical
		}
	}
	if given == "" {
		return
	}
	option, ok := specificationLicences[id]
	if _, asked := q.Question("conditions.specification"); !ok || !asked {
		r.Left = append(r.Left, Left{field, given, questionnaire.NewMessage("openapi.licence")})
		return
	}
	r.Taken = append(r.Taken, Taken{Field: field, Key: "conditions.specification", Value: option, Shown: given})
}
