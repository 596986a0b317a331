package app

import (
	"os"
	"strconv"
)

// Session is the bound service about the window itself (wailsjs/go/app/Session).
type Session struct{ s *session }

// LoadedEnv names a file to which ReportLoaded writes what the window displayed (used by the Xvfb smoke test
// to prove the real window loaded the dossier).
const LoadedEnv = "DOSSIERFT_REPORT_LOADED"

// ReportLoaded is called by the frontend once the dashboard shows the dossier, with the candidature name and
// the number of actors it displays. When $DOSSIERFT_REPORT_LOADED names a file, "name\tactors\n" is written there.
func (se *Session) ReportLoaded(name string, actors int) error {
	se.s.log.Info("fenêtre chargée", "dossier", name, "acteurs", actors)
	if p := os.Getenv(LoadedEnv); p != "" {
		return os.WriteFile(p, []byte(name+"\t"+strconv.Itoa(actors)+"\n"), 0o644)
	}
	return nil
}

// Path returns the path of the open dossier file.
func (se *Session) Path() string {
	se.s.mu.Lock()
	defer se.s.mu.Unlock()
	return se.s.path
}
