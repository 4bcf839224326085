package app

import (
	"strconv"

	"github.com/hyperflask/hfc/runtime/vm"
)

// Image defaults (Hyperflask's IMAGES_DEFAULT_LOADING and
// IMAGES_DEFAULT_DECODING).
const (
	imageLoading  = "lazy"
	imageDecoding = "async"
)

// ImageMacro returns the function macro Image (Hyperflask's image_tag,
// reference §5.5 step 4): <{Image src=… alt=…}/> renders an <img> whose src
// is the file's URL (a file of app/assets/ under its content hash, else of
// the static folder), with width and height read from the file,
// loading="lazy" and decoding="async" unless given. preload=True makes the
// page's head preload the image (and loading eager); priority=True also
// sets fetchpriority="high". The other keyword arguments are attributes,
// written as html_tag writes them; they replace the computed ones.
func (a *App) ImageMacro() vm.Value {
	return vm.NewBuiltin("Image", a.imageFn)
}

func (a *App) imageFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	var src vm.Value
	if npos > 1 {
		return nil, th.TypeError("Image() takes 1 positional argument but %d were given", npos)
	}
	if npos == 1 {
		src = args[0]
	}
	opts := map[string]vm.Value{}
	var names []string
	var values []vm.Value
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "src":
			if src != nil {
				return nil, th.TypeError("Image() got multiple values for argument 'src'")
			}
			src = v
		case "priority", "preload", "placeholder", "loading", "decoding":
			opts[k] = v
		case "caller":
		default:
			names = append(names, k)
			values = append(values, v)
		}
	}
	if src == nil {
		return nil, th.TypeError("Image() missing 1 required argument: 'src'")
	}
	s, err := th.Str(src)
	if err != nil {
		return nil, err
	}
	truth := func(k string) (bool, error) {
		if v, ok := opts[k]; ok {
			return th.Truth(v)
		}
		return false, nil
	}
	str := func(k, def string) (string, error) {
		if v, ok := opts[k]; ok && !vm.Is(v, vm.None) {
			if t, err := th.Truth(v); err != nil || !t {
				return def, err
			}
			return th.Str(v)
		}
		return def, nil
	}
	priority, err := truth("priority")
	if err != nil {
		return nil, err
	}
	preload, err := truth("preload")
	if err != nil {
		return nil, err
	}
	loading, err := str("loading", imageLoading)
	if err != nil {
		return nil, err
	}
	decoding, err := str("decoding", imageDecoding)
	if err != nil {
		return nil, err
	}
	url, width, height := s, 0, 0
	if a.assets != nil {
		url, width, height = a.assets.Image(s)
	}
	if priority {
		preload = true
		if index(names, "fetchpriority") < 0 {
			names = append(names, "fetchpriority")
			values = append(values, vm.Str("high"))
		}
	}
	if preload {
		fp := ""
		if priority {
			fp = "high"
		}
		UseAsset(th, AssetUse{Preload: url, As: "image", FetchPriority: fp})
		if loading == "lazy" {
			loading = "eager"
		}
	}
	// As image_tag builds a dict and updates it with the arguments: an
	// argument replaces a computed attribute in its place.
	callNames := []string{"src"}
	callArgs := []vm.Value{vm.Str("img"), vm.Str(url)}
	if width > 0 && height > 0 {
		callNames = append(callNames, "width", "height")
		callArgs = append(callArgs, vm.Str(strconv.Itoa(width)), vm.Str(strconv.Itoa(height)))
	}
	callNames = append(callNames, "loading", "decoding")
	callArgs = append(callArgs, vm.Str(loading), vm.Str(decoding))
	for i, k := range names {
		if j := index(callNames, k); j >= 0 {
			callArgs[j+1] = values[i]
		} else {
			callNames = append(callNames, k)
			callArgs = append(callArgs, values[i])
		}
	}
	return htmlTag(th, callArgs, callNames)
}

func index(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
