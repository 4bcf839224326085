package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/compiler/bundles"
	"github.com/hyperflask/hfc/runtime/vm"
)

// fakeAssets knows every name: its URL is /a/NAME, images are 10x5, and
// the tags list the uses.
type fakeAssets struct{}

func (fakeAssets) URL(name string) (string, bool) { return "/a/" + name, true }

func (fakeAssets) Tags(uses []AssetUse, defaults bool) string {
	var parts []string
	if defaults {
		parts = append(parts, "[defaults]")
	}
	for _, u := range uses {
		if u.Preload != "" {
			parts = append(parts, fmt.Sprintf("[preload %s %s %s]", u.Preload, u.As, u.FetchPriority))
		} else {
			parts = append(parts, "["+u.Name+"]")
		}
	}
	return strings.Join(parts, "")
}

func (fakeAssets) Image(src string) (string, int, int) { return "/a/" + src, 10, 5 }

func TestImage(t *testing.T) {
	files := map[string]string{
		"pages/plain.html":    `<{Image src="a.png" alt="A & B"}/>`,
		"pages/options.html":  `<{Image "b.png" loading="eager" decoding=False class="x" width=3}/>|<{Image src="c.png" preload=True}/>|<{Image src="d.png" priority=True}/>`,
		"pages/fallback.html": `<{image src="e.png"}/>`,
	}
	a := testApp(t, files)
	if got, err := renderPage(t, a, "pages/plain.html"); err != nil || got != `<img src="a.png" loading="lazy" decoding="async" alt="A & B">` {
		t.Errorf("without assets: %q %v", got, errText(err))
	}
	a = testApp(t, files)
	a.SetAssets(fakeAssets{})
	th := vm.NewThread(context.Background())
	got, err := a.RenderPage(th, "pages/options.html", vm.NewDict(0))
	want := `<img src="/a/b.png" width="3" height="5" loading="eager" decoding="async" class="x">|` +
		`<img src="/a/c.png" width="10" height="5" loading="eager" decoding="async">|` +
		`<img src="/a/d.png" width="10" height="5" loading="eager" decoding="async" fetchpriority="high">`
	if err != nil || got != want {
		t.Errorf("with assets:\ngot  %q\nwant %q\n%v", got, want, errText(err))
	}
	uses := fmt.Sprint(UsedAssets(th))
	if uses != "[{ /a/c.png image } { /a/d.png image high}]" {
		t.Errorf("preloads: %s", uses)
	}
	if got, _ := renderPage(t, a, "pages/fallback.html"); got != `<image src="e.png">` {
		t.Errorf("<{image}> is an HTML element: %q", got)
	}
}

func TestAssetTags(t *testing.T) {
	files := map[string]string{
		"layouts/default.html":     `<head>{{ asset_tags() }}</head><body>{% block content %}{% endblock %}</body>`,
		"components/Card.html":     "<div>card</div><style bundle>div { color: red }</style>",
		"components/my_widget.ts":  "export {}",
		"components/Island.tsx":    "export default () => null",
		"components/Menu.html":     `<div x-data="{}"></div>`,
		"pages/index.jpy":          "{% use_layout %}<{Card}/><{Card}/><{my_widget a=1}>x</{my_widget}><{Island n=[1, \"<\"]}/><{Menu}/>",
		"pages/bare.html":          "<p>{{ asset_tags() }}</p>",
		"pages/named.html":         "a<script bundle=\"@x\">f()</script>b",
		"components/Broken.html":   "<style bundle>{{ x }}</style>",
		"pages/uses_broken.html":   "<{Broken}/>",
		"templates/inc.html":       "<script bundle>g()</script>",
		"pages/includes_inc.html":  `{% include "inc.html" %}`,
		"pages/no_assets_app.html": `[{{ asset_tags() }}]`,
	}
	a := testApp(t, files)
	if got, err := renderPage(t, a, "pages/no_assets_app.html"); err != nil || got != "[]" {
		t.Errorf("asset_tags() without assets: %q %v", got, errText(err))
	}
	a.SetAssets(fakeAssets{})
	th := vm.NewThread(context.Background())
	got, err := a.RenderPage(th, "pages/index.jpy", vm.NewDict(0))
	card := bundles.InlineID(bundles.Style, "div { color: red }")
	want := `<head>[defaults][` + card + `][components/my_widget.ts][@hyperflask/react][components/Island.tsx][@hyperflask/alpine]</head><body>` +
		`<div>card</div><div>card</div><my-widget a="1">x</my-widget>` +
		`<hf-react-component component-url="/a/components/Island.tsx" props="{&quot;n&quot;: [1, &quot;&lt;&quot;]}"></hf-react-component>` +
		`<div x-data="{}"></div></body>`
	if err != nil || got != want {
		t.Errorf("page:\ngot  %s\nwant %s\n%v", got, want, errText(err))
	}
	if got, _ := renderPage(t, a, "pages/named.html"); got != "ab" {
		t.Errorf("a named block renders nothing: %q", got)
	}
	th = vm.NewThread(context.Background())
	if _, err := a.RenderPage(th, "pages/includes_inc.html", vm.NewDict(0)); err != nil || fmt.Sprint(UsedAssets(th)) != "[{"+bundles.InlineID(bundles.Script, "g()")+"   }]" {
		t.Errorf("an included template's block: %v %v", UsedAssets(th), errText(err))
	}
	if _, err := renderPage(t, a, "pages/uses_broken.html"); !strings.Contains(errText(err), "TemplateAssertionError: a Jinja expression {{ … }} on line 1 inside the <style bundle> opened on line 1") {
		t.Errorf("a component whose block is not static: %s", errText(err))
	}

	// Fragments (htmx) get the tags of what they used before </body>, or
	// at their end.
	th = vm.NewThread(context.Background())
	UseAsset(th, AssetUse{Name: "x"})
	if got := a.FinishAssets(th, "<p>a</p>", true); got != "<p>a</p>\n[x]" {
		t.Errorf("fragment: %q", got)
	}
	if got := a.FinishAssets(th, "<head>"+AssetTagsMarker+"</head><body>b</body>", true); got != "<head>[defaults][x]</head><body>b[x]\n</body>" {
		t.Errorf("boosted page: %q", got)
	}
	if got := a.FinishAssets(th, "<p>a</p>", false); got != "<p>a</p>" {
		t.Errorf("a fragment of a plain request: %q", got)
	}
	if got := a.FinishAssets(th, "<html><head><title>t</title></head><body></body></html>", false); got != "<html><head><title>t</title>[defaults][x]\n</head><body></body></html>" {
		t.Errorf("a page whose layout does not call asset_tags(): %q", got)
	}
}
