package main

import (
	"encoding/json"
	"log/slog"
	"os"
	"strings"
)

type request struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	token  string
}

func newLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}))
}

func handle(log *slog.Logger, r request, extra map[string]any) {
	body, err := json.Marshal(r)
	if err != nil {
		log.Error("encode", "err", err)
		return
	}
	log.Info("request", "req", r, "body", string(body), "size", len(body))
	for _, k := range []string{"user", "retries"} {
		if v, ok := extra[k]; ok {
			log.Info("extra", "key", k, "value", v)
		}
	}
}

func main() {
	log := newLogger()
	reqs := []request{
		{"GET", "/items", "secret"},
		{"POST", "/items/7", "other"},
	}
	extra := map[string]any{"user": "ann", "retries": 3}
	for _, r := range reqs {
		handle(log, r, extra)
	}
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetIndent("", " ")
	enc.Encode(reqs[1])
	var attempts any = 2
	log.Warn("done", "encoded", strings.TrimSpace(sb.String()), "attempts", attempts)
}
