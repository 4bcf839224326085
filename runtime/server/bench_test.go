package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
)

// BenchmarkServe serves the pages of bench/serve/app (the pages of the
// load test, bench/serve/run.py) through the server's handler, without
// the network: the per-request cost of routing, running the page, the
// response and its headers.
func BenchmarkServe(b *testing.B) {
	srv, err := Open("../../bench/serve/app", Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range [][2]string{{"index", "/"}, {"post", "/posts/7"}, {"about", "/about"}} {
		page := c[1]
		b.Run(c[0], func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, page, nil)
			w := &discardWriter{h: http.Header{}}
			srv.ServeHTTP(w, req)
			if w.status != http.StatusOK {
				b.Fatalf("%s: status %d", page, w.status)
			}
			b.ReportAllocs()
			b.ResetTimer()
			cpu := cpuTime()
			for i := 0; i < b.N; i++ {
				clear(w.h)
				w.status = 0
				srv.ServeHTTP(w, req)
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// cpuTime is the CPU time of the process so far, in nanoseconds: on a
// loaded machine the steadier figure (wall time also counts the waits for
// a CPU). Garbage collection on other threads is included.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// discardWriter is a ResponseWriter that keeps the status only.
type discardWriter struct {
	h      http.Header
	status int
}

func (w *discardWriter) Header() http.Header { return w.h }
func (w *discardWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}
func (w *discardWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = 200
	}
	return io.Discard.Write(p)
}
