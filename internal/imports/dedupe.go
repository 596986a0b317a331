package imports

import (
	"fmt"
	"reflect"
	"strings"

	"dossierft/internal/dossier"
)

// DupPolicy says what to do with an actor that duplicates another (same SIRET, or same name and town).
type DupPolicy string

// Duplicate policies.
const (
	// DupSkip keeps the actor already there (in the dossier, or met earlier in the file) and drops the
	// duplicate.
	DupSkip DupPolicy = "skip"
	// DupMerge keeps the actor already there and fills its empty fields from the duplicate (text fields that
	// are "", numbers that are 0); tags are united. Non-empty values are never overwritten.
	DupMerge DupPolicy = "merge"
)

// Duplicate is one incoming actor found to duplicate another.
type Duplicate struct {
	Incoming   dossier.Actor `json:"incoming"`   // the duplicate row as read
	ExistingID int64         `json:"existingId"` // ID of the dossier actor it matches, 0 when it matches a row of the file
	FirstIndex int           `json:"firstIndex"` // index in the incoming slice of the row it matches, -1 for a dossier actor
	Reason     string        `json:"reason"`     // French: "même SIRET 732…" or "même nom et même commune"
	Merged     bool          `json:"merged"`     // true with DupMerge
}

// DupCounts sums up a duplicate plan.
type DupCounts struct {
	New     int `json:"new"`     // actors to insert
	Merged  int `json:"merged"`  // duplicates merged into an actor already there
	Skipped int `json:"skipped"` // duplicates dropped
}

// DupPlan is what the store should do with imported actors: insert Insert, update Update (existing actors
// whose empty fields were filled, with their IDs), all as one undoable step. Duplicates lists every
// duplicate found.
type DupPlan struct {
	Insert     []dossier.Actor `json:"insert"`
	Update     []dossier.Actor `json:"update"`
	Duplicates []Duplicate     `json:"duplicates"`
	Counts     DupCounts       `json:"counts"`
}

// Summary returns the French one-line summary: "12 nouveaux, 3 fusionnés, 1 ignoré".
func (p *DupPlan) Summary() string {
	return fmt.Sprintf("%d nouveau(x), %d fusionné(s), %d doublon(s) ignoré(s)", p.Counts.New, p.Counts.Merged,
		p.Counts.Skipped)
}

// DupKey returns the name-and-town key of an actor: both folded (accents, case, punctuation and spacing
// ignored) and joined by "|". "Technopôle  Metz" in "METZ" and "technopole-metz" in "Metz" share a key.
func DupKey(a dossier.Actor) string {
	return foldWords(a.Name) + "|" + foldWords(a.Town)
}

// sameActor reports whether a and b are duplicates: equal non-empty SIRETs, or, unless both have different
// SIRETs, equal DupKeys. The reason is French.
func sameActor(a, b dossier.Actor) (bool, string) {
	if a.SIRET != "" && b.SIRET != "" {
		if a.SIRET == b.SIRET {
			return true, "même SIRET " + a.SIRET
		}
		return false, ""
	}
	if DupKey(a) == DupKey(b) && foldWords(a.Name) != "" {
		return true, "même nom et même commune"
	}
	return false, ""
}

// PlanDuplicates finds the duplicates among incoming actors (in order) and against existing ones, and plans
// what to do under policy. Two actors are duplicates when they have the same SIRET, or the same DupKey
// (normalised name and town) unless their SIRETs are both set and differ. An incoming actor is matched against
// the dossier (existing) first, then against the incoming actors kept before it. With DupMerge, a merge that
// fills a town or a SIRET can make two kept actors duplicates in turn: the plan is then run again on the kept
// actors until none is left, so no two actors of Insert, nor one of Insert and one of the dossier, are
// duplicates. The inputs are not modified.
func PlanDuplicates(incoming, existing []dossier.Actor, policy DupPolicy) (*DupPlan, error) {
	if policy != DupSkip && policy != DupMerge {
		return nil, fmt.Errorf("règle de doublons « %s » inconnue : attendu « skip » (ignorer) ou « merge » (fusionner)", policy)
	}
	plan := &DupPlan{}
	ex := make([]dossier.Actor, len(existing))
	for i, a := range existing {
		ex[i] = cloneActor(a)
	}
	items := make([]dossier.Actor, len(incoming))
	src := make([]int, len(incoming))
	for i, a := range incoming {
		items[i] = cloneActor(a)
		src[i] = i
	}
	for {
		var merged bool
		items, src, merged = plan.pass(items, src, incoming, ex, policy)
		if !merged || policy != DupMerge {
			break
		}
	}
	plan.Insert = items
	for i := range ex {
		if !reflect.DeepEqual(ex[i], existing[i]) && !(len(ex[i].Tags) == 0 && len(existing[i].Tags) == 0 &&
			reflect.DeepEqual(withoutTags(ex[i]), withoutTags(existing[i]))) {
			plan.Update = append(plan.Update, ex[i])
		}
	}
	plan.Counts.New = len(plan.Insert)
	return plan, nil
}

// pass matches items (whose original rows in incoming are src) against the dossier actors ex and the items
// kept before them; duplicates are recorded in p and skipped or merged into the actor kept. It returns the
// items kept and whether a merge happened.
func (p *DupPlan) pass(items []dossier.Actor, src []int, incoming, ex []dossier.Actor,
	policy DupPolicy) ([]dossier.Actor, []int, bool) {
	type ref struct {
		existing bool
		idx      int
	}
	var kept []dossier.Actor
	var keptSrc []int
	bySIRET := map[string]ref{}
	byKey := map[string][]ref{}
	index := func(r ref, a dossier.Actor) {
		if a.SIRET != "" {
			if _, ok := bySIRET[a.SIRET]; !ok {
				bySIRET[a.SIRET] = r
			}
		}
		if k := DupKey(a); !strings.HasPrefix(k, "|") {
			byKey[k] = append(byKey[k], r)
		}
	}
	for i, a := range ex {
		index(ref{true, i}, a)
	}
	get := func(r ref) *dossier.Actor {
		if r.existing {
			return &ex[r.idx]
		}
		return &kept[r.idx]
	}
	merged := false
	for j, a := range items {
		var match *ref
		reason := ""
		if a.SIRET != "" {
			if r, ok := bySIRET[a.SIRET]; ok {
				match, reason = &r, "même SIRET "+a.SIRET
			}
		}
		if match == nil {
			for _, r := range byKey[DupKey(a)] {
				if ok, why := sameActor(*get(r), a); ok {
					r := r
					match, reason = &r, why
					break
				}
			}
		}
		if match == nil {
			kept = append(kept, a)
			keptSrc = append(keptSrc, src[j])
			index(ref{false, len(kept) - 1}, a)
			continue
		}
		d := Duplicate{Incoming: incoming[src[j]], FirstIndex: -1, Reason: reason, Merged: policy == DupMerge}
		k := get(*match)
		if match.existing {
			d.ExistingID = k.ID
		} else {
			d.FirstIndex = keptSrc[match.idx]
		}
		p.Duplicates = append(p.Duplicates, d)
		if policy == DupSkip {
			p.Counts.Skipped++
			continue
		}
		p.Counts.Merged++
		merged = true
		beforeSIRET, beforeKey := k.SIRET, DupKey(*k)
		mergeInto(k, a)
		if k.SIRET != beforeSIRET || DupKey(*k) != beforeKey {
			index(*match, *k)
		}
	}
	return kept, keptSrc, merged
}

func withoutTags(a dossier.Actor) dossier.Actor {
	a.Tags = nil
	return a
}

// mergeInto fills kept's empty fields from dup and unites the tags; ID, Origin and Fictitious stay kept's.
func mergeInto(kept *dossier.Actor, dup dossier.Actor) {
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&kept.Name, dup.Name)
	fill(&kept.Category, dup.Category)
	fill(&kept.SIRET, dup.SIRET)
	fill(&kept.NAF, dup.NAF)
	fill(&kept.Town, dup.Town)
	fill(&kept.Postcode, dup.Postcode)
	fill(&kept.HeadcountBand, dup.HeadcountBand)
	fill(&kept.Website, dup.Website)
	fill(&kept.Description, dup.Description)
	if kept.CreationYear == 0 {
		kept.CreationYear = dup.CreationYear
	}
	if kept.FundsRaised == 0 {
		kept.FundsRaised = dup.FundsRaised
	}
	seen := map[string]bool{}
	for _, t := range kept.Tags {
		seen[foldKey(t)] = true
	}
	for _, t := range dup.Tags {
		if !seen[foldKey(t)] {
			seen[foldKey(t)] = true
			kept.Tags = append(kept.Tags, t)
		}
	}
}

func cloneActor(a dossier.Actor) dossier.Actor {
	a.Tags = append([]string(nil), a.Tags...)
	return a
}
