// vscode-extension/ is the VS Code extension (TypeScript, built with npm),
// not Go. Being a module of its own keeps this folder, and the .go files that
// some npm packages ship in node_modules/, out of the hfc module's ./...
// (go test ./..., go vet ./...).
module github.com/hyperflask/hfc/vscode-extension

go 1.26
