package tmpl

import (
	"errors"

	"github.com/hyperflask/hfc/runtime/vm"
)

// ErrorClass returns the class name of a render error as Python names it
// (UndefinedError, TemplateNotFound, ZeroDivisionError …); "" for errors
// that are not exceptions.
func ErrorClass(err error) string {
	var exc *vm.Exception
	if errors.As(err, &exc) {
		return exc.Type().Name
	}
	return ""
}

// ErrorMessage returns the message of a render error: Jinja's message for
// its own errors, str(e) for Python exceptions.
func ErrorMessage(err error) string {
	var exc *vm.Exception
	if errors.As(err, &exc) {
		return exc.Message()
	}
	if err == nil {
		return ""
	}
	return err.Error()
}
