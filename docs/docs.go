// Package docs holds the documentation of the model's JSON form
// (model.md) and its JSON Schema (model.schema.json), and checks a model
// against the schema. Tests use it to validate every model brief writes.
package docs

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// ModelSchema is docs/model.schema.json.
//
//go:embed model.schema.json
var ModelSchema []byte

const schemaURL = "https://example.invalid/brief/model.schema.json"

var (
	compileOnce sync.Once
	compiled    *jsonschema.Schema
	compileErr  error
)

func schema() (*jsonschema.Schema, error) {
	compileOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(ModelSchema))
		if err != nil {
			compileErr = fmt.Errorf("model.schema.json: %w", err)
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if err := c.AddResource(schemaURL, doc); err != nil {
			compileErr = fmt.Errorf("model.schema.json: %w", err)
			return
		}
		compiled, compileErr = c.Compile(schemaURL)
	})
	return compiled, compileErr
}

// ValidateModel checks a model's JSON against model.schema.json and
// returns every violation, each with its JSON path, in one error.
func ValidateModel(data []byte) error {
	s, err := schema()
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("model: not JSON: %w", err)
	}
	if err := s.Validate(v); err != nil {
		return fmt.Errorf("model does not match docs/model.schema.json: %v", err)
	}
	return nil
}
