package binascii

import (
	"context"
	"encoding/base64"
	"testing"

	"github.com/hyperflask/hfc/runtime/vm"
)

func FuzzA2BBase64(f *testing.F) {
	for _, s := range []string{"", "YQ==", "YWJj", "YW Jj\nZA==", "=YQ", "YQ=a=", "Y", "YQ==YQ=="} {
		f.Add(s)
	}
	th := vm.NewThread(context.Background())
	f.Fuzz(func(t *testing.T, s string) {
		strict, errStrict := A2BBase64(th, s, true)
		loose, errLoose := A2BBase64(th, s, false)
		if errStrict == nil {
			// What strict mode accepts, the default mode decodes alike.
			if errLoose != nil || strict.(vm.Bytes) != loose.(vm.Bytes) {
				t.Fatalf("%q: strict %v, default %v (%v)", s, strict, loose, errLoose)
			}
		}
		if errLoose == nil {
			// Re-encoding what was decoded decodes to the same bytes.
			again, err := A2BBase64(th, base64.StdEncoding.EncodeToString([]byte(loose.(vm.Bytes))), true)
			if err != nil || again.(vm.Bytes) != loose.(vm.Bytes) {
				t.Fatalf("%q: decoded %q does not round-trip (%v)", s, loose, err)
			}
		}
	})
}
