package server

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/hyperflask/hfc/runtime/vm"
)

// TestRequestAttributes checks that every attribute editors offer is one
// the request answers.
func TestRequestAttributes(t *testing.T) {
	th := vm.NewThread(context.Background())
	rq := &Request{r: httptest.NewRequest("GET", "/x?a=1", nil)}
	for _, name := range RequestAttributes {
		// request.json raises BadRequest for a request that is not JSON,
		// as Flask 2.2 does: an error still means the name is known.
		if _, ok, err := rq.GetAttr(th, name); !ok && err == nil {
			t.Errorf("request.%s is not an attribute of the request", name)
		}
	}
	if len(TemplateGlobalNames()) == 0 || len(PageGlobalNames()) == 0 {
		t.Error("no global names")
	}
}
