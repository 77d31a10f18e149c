package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

type Config struct {
	Port     int
	Debug    bool
	Timeout  time.Duration
	Hosts    []string
	Required string
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func load() (Config, []error) {
	var c Config
	var errs []error
	var err error
	if c.Port, err = strconv.Atoi(getenv("APP_PORT", "8080")); err != nil {
		errs = append(errs, fmt.Errorf("APP_PORT: %w", err))
	}
	if c.Debug, err = strconv.ParseBool(getenv("APP_DEBUG", "false")); err != nil {
		errs = append(errs, fmt.Errorf("APP_DEBUG: %w", err))
	}
	if c.Timeout, err = time.ParseDuration(getenv("APP_TIMEOUT", "5s")); err != nil {
		errs = append(errs, fmt.Errorf("APP_TIMEOUT: %w", err))
	}
	if h := getenv("APP_HOSTS", ""); h != "" {
		c.Hosts = strings.Split(h, ",")
	}
	c.Required = os.Getenv("APP_REQUIRED")
	if c.Required == "" {
		errs = append(errs, fmt.Errorf("APP_REQUIRED is not set"))
	}
	return c, errs
}

func main() {
	os.Setenv("APP_PORT", "9090")
	os.Setenv("APP_HOSTS", "a,b")
	os.Setenv("APP_TIMEOUT", "1m30s")
	c, errs := load()
	fmt.Printf("%+v %d\n", c, len(errs))
	os.Setenv("APP_PORT", "nope")
	os.Setenv("APP_DEBUG", "maybe")
	os.Setenv("APP_REQUIRED", "x")
	os.Unsetenv("APP_HOSTS")
	c, errs = load()
	for _, e := range errs {
		fmt.Println(e)
	}
	fmt.Println(c.Hosts == nil, c.Required)
}
