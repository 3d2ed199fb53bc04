package export

import (
	"bufio"
	"io"
	"runtime"
	"sync"

	"kg/graph"
)

// Schema names the version of the JSON layout.
const Schema = "kg-graph/1"

// JSON writes the graph as JSON (fields in docs: README, graph.json),
// each node, edge, source and statement compact on a line of its own:
//
//	{"schema":...,
//	"nodes":[
//	{"id":...},
//	...
//	],
//	"edges":[
//	...
//	]}
//
// Line-oriented tools (grep, diff, split) see whole elements, and the file
// is a third smaller than indented. Elements are written by hand
// (jsonWriter), in chunks encoded on all cores and written in order as
// they are done, so memory stays small however large the graph.
func JSON(w io.Writer, g *graph.Graph) error {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriterSize(w, 1<<16)
	}
	write := func(b []byte) error {
		_, err := bw.Write(b)
		return err
	}
	// buffers go back and forth between the writer and the encoders, from
	// one array to the next
	free := make(chan []byte, 3*runtime.GOMAXPROCS(0))
	array := func(name string, n int, item func(j *jsonWriter, i int), last bool) error {
		bw.WriteString(`"` + name + `":[`)
		err := encodeChunks(n, free, func(j *jsonWriter, i int) {
			if i > 0 {
				j.putByte(',')
			}
			j.putByte('\n')
			item(j, i)
		}, write)
		if err != nil {
			return err
		}
		if n > 0 {
			bw.WriteString("\n")
		}
		bw.WriteString("]")
		if !last {
			bw.WriteString(",\n")
		}
		return nil
	}
	bw.WriteString(`{"schema":"` + Schema + `",` + "\n")
	nodes, edges := g.Nodes(), g.Edges()
	for _, a := range []struct {
		name string
		n    int
		item func(j *jsonWriter, i int)
	}{
		{"nodes", len(nodes), func(j *jsonWriter, i int) { j.node(g, nodes[i]) }},
		{"edges", len(edges), func(j *jsonWriter, i int) { j.edge(g, edges[i]) }},
		{"sources", len(g.Sources), func(j *jsonWriter, i int) { j.source(g.Sources[i]) }},
		{"statements", len(g.Statements), func(j *jsonWriter, i int) { j.statement(g.Statements[i]) }},
	} {
		if err := array(a.name, a.n, a.item, a.name == "statements"); err != nil {
			return err
		}
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// encodeChunks encodes items 0..n-1 in chunks on all cores and hands the
// chunks to write in order, taking buffers from free and putting them
// back once written. Only a few chunks are encoded ahead of the writer;
// the first error stops the work.
func encodeChunks(n int, free chan []byte, item func(j *jsonWriter, i int), write func([]byte) error) error {
	const size = 256
	chunks := (n + size - 1) / size
	encode := func(c int) ([]byte, error) {
		j := &jsonWriter{}
		select {
		case j.out = <-free:
		default:
			j.out = make([]byte, 0, 256<<10)
		}
		for i := c * size; i < min(n, (c+1)*size); i++ {
			item(j, i)
		}
		return j.out, j.err
	}
	workers := min(runtime.GOMAXPROCS(0), chunks)
	if workers <= 1 {
		for c := 0; c < chunks; c++ {
			out, err := encode(c)
			if err == nil {
				err = write(out)
			}
			if err != nil {
				return err
			}
			recycle(free, out)
		}
		return nil
	}
	type result struct {
		out []byte
		err error
	}
	results := make([]chan result, chunks)
	for c := range results {
		results[c] = make(chan result, 1)
	}
	ahead := make(chan struct{}, 2*workers) // chunks encoded but not yet written
	quit := make(chan struct{})
	next := make(chan int)
	go func() {
		defer close(next)
		for c := 0; c < chunks; c++ {
			select {
			case ahead <- struct{}{}:
			case <-quit:
				return
			}
			next <- c
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range next {
				out, err := encode(c)
				results[c] <- result{out, err}
			}
		}()
	}
	var err error
	for c := 0; c < chunks && err == nil; c++ {
		r := <-results[c]
		if err = r.err; err == nil {
			err = write(r.out)
		}
		recycle(free, r.out)
		<-ahead
	}
	close(quit) // on an error, the feeder stops and the workers run dry
	wg.Wait()
	return err
}

// recycle puts a buffer written back among the free ones, unless enough
// are there.
func recycle(free chan []byte, b []byte) {
	select {
	case free <- b[:0]:
	default:
	}
}
