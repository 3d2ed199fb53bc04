package extract

import (
	"testing"

	"kg/internal/sample"
	"kg/model"
	"kg/read"
)

func BenchmarkExtract(b *testing.B) {
	g := sample.Gazetteer(b)
	texts := sample.Articles(b, 200)
	var docs []read.Document
	size := 0
	for _, data := range texts {
		d, err := read.Parse("bench.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += len(data)
	}
	b.SetBytes(int64(size))
	var t Times
	var enc model.Encoder
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Encoded(d, g, &t, &enc)
		}
	}
	// each stage's share, so a regression shows where it is
	for i, s := range Stages {
		b.ReportMetric(float64(t.Get(i).Nanoseconds())/float64(b.N), s+"-ns/op")
	}
}
