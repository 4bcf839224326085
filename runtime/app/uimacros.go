package app

// The macro names of Hyperflask's built-in UI library (reference §5.11),
// for completion and diagnostics. The library is not part of hfc: the
// registry does not know these names, so a tag such as <{Button}> renders
// an HTML element <Button> unless the app defines the macro or component.
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
