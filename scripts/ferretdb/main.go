// Command ferretdb runs FerretDB 1.24.2 through its embeddable package.
//
// Why a wrapper and not the upstream cmd/ferretdb: built from the module cache, upstream's
// binary panics at start because its generated build/version/version.txt is not part of the
// module (FerretDB issue #2982), and that check runs whenever the main module is FerretDB
// itself. Here the main module is ours, so the check is skipped and everything else is
// FerretDB's own code.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	_ "net/http/pprof" // served only with --pprof-addr
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	handler := flag.String("handler", "sqlite", "backend: sqlite or postgresql")
	sqliteURL := flag.String("sqlite-url", "file:data/", "SQLite folder URL, must end with /")
	postgresURL := flag.String("postgresql-url", "", "PostgreSQL URL for the postgresql handler")
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	pprofAddr := flag.String("pprof-addr", "", "serve Go's profiler (/debug/pprof/) here, for benchmarks; off when empty")
	flag.Parse()

	if *pprofAddr != "" {
		go func() { fmt.Fprintln(os.Stderr, "ferretdb: pprof:", http.ListenAndServe(*pprofAddr, nil)) }()
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb: bad --log-level:", err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:      ferretdb.ListenerConfig{TCP: *listen},
		Logger:        logger,
		Handler:       *handler,
		SQLiteURL:     *sqliteURL,
		PostgreSQLURL: *postgresURL,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The app starts this process as its embedded database: when the app dies without
	// stopping it (a crash, SIGKILL), the database must not live on as an orphan.
	go exitWithParent(cancel)

	if *handler == "sqlite" {
		go keepIDIndexes(ctx, *sqliteURL, 250*time.Millisecond)
	}

	fmt.Fprintln(os.Stderr, "ferretdb: listening on", f.MongoDBURI())
	if err := f.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(1)
	}
}

// exitWithParent cancels when the parent process is gone (this process was re-parented).
func exitWithParent(cancel context.CancelFunc) {
	parent := os.Getppid()
	for {
		time.Sleep(time.Second)
		if os.Getppid() != parent {
			fmt.Fprintln(os.Stderr, "ferretdb: parent process exited; stopping")
			cancel()
			return
		}
	}
}
