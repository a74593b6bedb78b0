// Command opa builds the pinned Open Policy Agent from its Go module.
//
// `go install github.com/open-policy-agent/opa@vX` refuses a module whose
// go.mod carries replace directives (opa#7024). A wrapper module that
// requires OPA as a dependency builds the same binary, because a
// dependency's replace directives are ignored. The body mirrors OPA's own
// main.go so exit codes (e.g. `opa test --threshold`) are preserved.
package main

import (
	"errors"
	"os"

	"github.com/open-policy-agent/opa/cmd"
)

func main() {
	var exit int
	defer func() {
		if exit != 0 {
			os.Exit(exit)
		}
	}()

	if err := cmd.RootCommand.Execute(); err != nil {
		if e, ok := errors.AsType[*cmd.ExitError](err); ok {
			exit = e.Exit
		} else {
			exit = 1
		}
	}
}
