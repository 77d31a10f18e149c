package main

import (
	"fmt"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tls     bool
	logs    []string
}

type Option func(*Server)

func WithPort(p int) Option { return func(s *Server) { s.port = p } }
func WithTimeout(d time.Duration) Option {
	return func(s *Server) { s.timeout = d }
}
func WithTLS() Option { return func(s *Server) { s.tls = true; s.port = 443 } }

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s *Server) Addr() string { return fmt.Sprintf("%s:%d", s.host, s.port) }

func (s *Server) Logf(format string, args ...any) {
	s.logs = append(s.logs, fmt.Sprintf(format, args...))
}

func main() {
	a := NewServer("localhost")
	b := NewServer("example.com", WithTLS(), WithTimeout(5*time.Second))
	c := NewServer("x", WithPort(8080), WithTLS(), WithPort(8443))
	for _, s := range []*Server{a, b, c} {
		fmt.Println(s.Addr(), s.timeout, s.tls)
	}
	addr := a.Addr
	a.port = 9000
	fmt.Println(addr())
	b.Logf("started %s in %v", b.Addr(), 12*time.Millisecond)
	b.Logf("no args")
	b.Logf("%d%%", 50)
	fmt.Printf("%q\n", b.logs)
	opts := []Option{WithPort(1), nil}
	fmt.Println(len(opts), opts[1] == nil)
}
