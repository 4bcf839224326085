module github.com/hyperflask/hfc

go 1.26
