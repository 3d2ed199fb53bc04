module kg

go 1.26.8

require (
	github.com/dominikbraun/graph v0.23.0
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/text v0.19.0
)
