package diag

// Assets (7xxx): the <script bundle> and <style bundle> blocks of templates,
// the bundles esbuild builds, the files of app/assets/ and the npm packages
// they import.
var (
	BundleJinja      = define("E7001", "a Jinja construct ({{ }}, {% %}, {# #} or a component tag) inside a <script bundle> or <style bundle> block")
	BundleUnclosed   = define("E7002", "a <script bundle> or <style bundle> block without its closing tag")
	BundleBuild      = define("E7003", "a bundle that esbuild cannot build (a syntax error, an import it cannot resolve)")
	BundleMissing    = define("W7004", "a file that config assets_bundles lists but app/assets/ does not hold")
	AssetsNPMMissing = define("W7005", "a frontend component or setting that needs an npm package the app's node_modules lacks")
	AssetsTool       = define("E7006", "an asset tool (the Tailwind CLI) that failed")
)
