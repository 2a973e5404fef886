package cli

import (
	"fmt"
	"io"

	"apitos/internal/openapi"
	"apitos/templates"
)

// readOpenAPI reads an OpenAPI document for init --from-openapi,
// reporting why it cannot.
func (c *ctx) readOpenAPI(path string, k *templates.Kind) (*openapi.Result, bool) {
	data, err := readInput(path, c)
	if err != nil {
		c.fail(c.loc.T("cli.read_failed", "Path", path, "Error", c.loc.ReadError(err)))
		return nil, false
	}
	r, err := openapi.Read(data, k.Questionnaire)
	switch err {
	case nil:
		return r, true
	case openapi.ErrSwagger:
		c.fail(c.loc.T("cli.openapi_swagger", "Path", path))
	case openapi.ErrNotOpenAPI:
		c.fail(c.loc.T("cli.openapi_not", "Path", path))
	default:
		c.fail(c.loc.T("cli.openapi_unreadable", "Path", path, "Error", err.Error()))
	}
	return nil, false
}

// reportOpenAPI says which answers were taken from the OpenAPI document
// at path, and what it says that was not taken, and why.
func (c *ctx) reportOpenAPI(w io.Writer, path string, r *openapi.Result, k *templates.Kind) {
	if r == nil {
		return
	}
	fmt.Fprintln(w, c.loc.N("cli.openapi_took", len(r.Taken), "Path", path, "Version", r.Version))
	for _, t := range r.Taken {
		label := t.Key
		if qq, ok := k.Questionnaire.Question(t.Key); ok {
			label = qq.Label.In(c.loc.Lang)
		}
		fmt.Fprintln(w, "  "+c.loc.T("cli.openapi_taken", "Field", t.Field, "Label", label, "Key", t.Key, "Value", t.Shown))
	}
	for _, l := range r.Left {
		fmt.Fprintln(w, "  "+c.loc.T("cli.openapi_left", "Field", l.Field, "Value", l.Value, "Reason", c.loc.Message(l.Reason)))
	}
}
