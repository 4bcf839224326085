package app

import (
	_ "embed"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// uiTemplate is the name the registry serves ui/ui.html under.
const uiTemplate = macrosPrefix + "hfc/ui.html"

// uiMacros are hfc's built-in UI macros (reference §5.5 step 3): the
// registry registers them before everything else, so that the app's
// templates/, macros/ and components/ replace them by name.
//
//go:embed ui/ui.html
var uiMacros string

// UIMacroSource returns the template that defines the built-in UI macros:
// its name in the registry and its text (hfls reads their signatures and
// doc comments from it).
func UIMacroSource() (name, text string) { return uiTemplate, uiMacros }

// UIMacros are the names ui/ui.html defines, sorted.
var UIMacros = func() []string {
	f := source.NewFile(uiTemplate, uiMacros)
	tree, _ := template.Parse(f, 0, len(uiMacros), template.Options{})
	var names []string
	for _, n := range topLevelMacros(tree.Body) {
		if !strings.HasPrefix(n, "_") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}()

// The macro names of Hyperflask's built-in UI library (reference §5.11),
// for completion and diagnostics. hfc provides UIMacros, the flash macros,
// HtmxOob and Image; a tag naming another of these renders an HTML element
// unless the app defines the macro or component.
var (
	// DaisyUIMacros are the daisyUI macros.
	DaisyUIMacros = []string{
		"Accordion", "AccordionPanel", "Alert", "Avatar", "AvatarGroup", "Badge", "Breadcrumbs",
		"BreadcrumbsItem", "Button", "Card", "CardActions", "CardTitle", "ChatBubble", "Checkbox",
		"CollapsibleSubMenu", "Countdown", "Divider", "Drawer", "DrawerContent", "DrawerSide", "Dropdown",
		"DropdownItem", "Fieldset", "FieldsetLegend", "FileInput", "Filter", "FilterItem", "Footer",
		"FooterLink", "FooterNav", "Indicator", "Input", "InputLabel", "Join", "Kbd", "Label",
		"LabeledCheckbox", "LabeledToggle", "Link", "List", "ListItem", "Loading", "Menu", "MenuItem",
		"MenuTitle", "Modal", "ModalAction", "ModalTitle", "Navbar", "Pagination", "PaginationNext",
		"PaginationPage", "PaginationPrev", "Progress", "Radio", "Range", "Rating", "Select", "Stack",
		"Stat", "Stats", "Step", "Steps", "SubMenu", "Swap", "Tab", "Table", "Tabs", "Textarea", "Toast",
		"Toggle", "Tooltip",
	}
	// HyperflaskUIMacros are Hyperflask's own UI macros, with the function
	// macros HtmxOob and Image.
	HyperflaskUIMacros = []string{
		"FlashMessages", "FlashMessage", "FlashMessagesToast", "Form", "HxForm", "ModalForm", "FormField",
		"SubmitButton", "Icon", "AppUI", "Viewport", "Sidebar", "HBox", "VBox", "CenterBox", "Spacer",
		"AutoOpenModal", "SkeletonLines", "SkeletonBlock", "SkeletonCard", "SkeletonList", "SkeletonTable",
		"MercureStream", "MercureStreamContext", "MercurePresence", "HtmxOob", "Image",
	}
)
