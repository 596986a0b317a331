package store

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"dossierft/internal/dossier"
)

const crashHelperEnv = "DOSSIERFT_STORE_CRASH_HELPER"

// TestHelperProcess is not a test: run by TestKillLosesNoCommittedEdit in a child process, it edits the
// dossier named by the environment in a loop and prints each committed edit:
// "P <id>" after committing a partner with three contributions (one step), "N <id> <n>" after committing
// notes "modifié <n>" on partner id.
func TestHelperProcess(t *testing.T) {
	path := os.Getenv(crashHelperEnv)
	if path == "" {
		t.Skip("helper process of TestKillLosesNoCommittedEdit")
	}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	// os.Stdout is unbuffered: each line is written as soon as its edit is committed.
	var last dossier.Partner
	for i := 0; ; i++ {
		if i%3 == 2 && last.ID != 0 {
			last.Notes = fmt.Sprintf("modifié %d", i)
			if _, err := s.SavePartner(ctx, last); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(4)
			}
			fmt.Fprintf(os.Stdout, "N %d %d\n", last.ID, i)
			continue
		}
		err := s.Do(ctx, "", func(tx *Tx) error {
			p, err := tx.SavePartner(dossier.Partner{Name: fmt.Sprintf("Partenaire %d", i)})
			if err != nil {
				return err
			}
			for y := 2015; y <= 2017; y++ {
				if _, err := tx.SaveContribution(dossier.Contribution{PartnerID: p.ID, Year: y, Amount: dossier.Cents(i*1000 + y)}); err != nil {
					return err
				}
			}
			last = p
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(4)
		}
		fmt.Fprintf(os.Stdout, "P %d\n", last.ID)
	}
}

// TestKillLosesNoCommittedEdit kills (SIGKILL) a process editing the dossier at a random moment, reopens
// the file (Open runs PRAGMA quick_check) and checks that every edit reported as committed is there, whole;
// repeated 20 times (5 under the race detector).
func TestKillLosesNoCommittedEdit(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("kills child processes; skipped with -short")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.dossier")
	s, err := Create(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	seed := time.Now().UnixNano()
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(uint64(seed), 0))
	rounds := 20
	if raceEnabled {
		rounds = 5
	}
	committed := map[int64]bool{} // partner IDs reported committed
	notes := map[int64]int{}      // partner ID → last notes number reported committed
	total := 0
	for round := 0; round < rounds; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
		cmd.Env = append(os.Environ(), crashHelperEnv+"="+path)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1024)
		go func() {
			r := bufio.NewReader(stdout)
			for {
				line, err := r.ReadString('\n')
				if err == nil {
					lines <- strings.TrimSuffix(line, "\n") // only complete lines count
				}
				if err != nil {
					close(lines)
					if err != io.EOF {
						t.Log(err)
					}
					return
				}
			}
		}()
		var got []string
		select {
		case l, ok := <-lines:
			if !ok {
				cmd.Wait()
				t.Fatalf("round %d: helper ended without output: %s", round, stderr.String())
			}
			got = append(got, l)
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("round %d: helper printed nothing", round)
		}
		time.Sleep(time.Duration(5+rng.IntN(120)) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		for l := range lines {
			got = append(got, l)
		}
		if stderr.Len() > 0 && !strings.Contains(stderr.String(), "PASS") {
			t.Logf("round %d helper stderr: %s", round, stderr.String())
		}
		for _, l := range got {
			f := strings.Fields(l)
			switch {
			case len(f) == 2 && f[0] == "P":
				id, _ := strconv.ParseInt(f[1], 10, 64)
				committed[id] = true
			case len(f) == 3 && f[0] == "N":
				id, _ := strconv.ParseInt(f[1], 10, 64)
				n, _ := strconv.Atoi(f[2])
				notes[id] = n
			default:
				t.Fatalf("round %d: unexpected line %q", round, l)
			}
		}
		total += len(got)

		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("round %d: reopening after kill: %v", round, err)
		}
		d, err := s.Load(ctx)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		var qc string
		s.db.QueryRow("PRAGMA integrity_check").Scan(&qc)
		if qc != "ok" {
			t.Fatalf("round %d: integrity_check: %s", round, qc)
		}
		s.Close()
		byID := map[int64]dossier.Partner{}
		for _, p := range d.Partners {
			byID[p.ID] = p
		}
		contribs := map[int64]int{}
		for _, c := range d.Contributions {
			contribs[c.PartnerID]++
		}
		for id := range committed {
			if _, ok := byID[id]; !ok {
				t.Fatalf("round %d: partner %d was reported committed but is missing", round, id)
			}
		}
		for id, p := range byID {
			if contribs[id] != 3 {
				t.Fatalf("round %d: partner %d has %d contributions, want 3 (a step was split)", round, id, contribs[id])
			}
			if n, ok := notes[id]; ok {
				var m int
				if _, err := fmt.Sscanf(p.Notes, "modifié %d", &m); err != nil || m < n {
					t.Fatalf("round %d: partner %d notes %q, but \"modifié %d\" was reported committed", round, id, p.Notes, n)
				}
			}
		}
		if len(d.History) == 0 {
			t.Fatalf("round %d: no history", round)
		}
	}
	t.Logf("%d rounds, %d edits reported committed, %d partners checked", rounds, total, len(committed))
	if len(committed) < rounds {
		t.Errorf("only %d partners committed in %d rounds: the kills came too early to test anything", len(committed), rounds)
	}
}
