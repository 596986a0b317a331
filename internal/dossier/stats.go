package dossier

import "sort"

// Count is a label with a number of items, e.g. a category and its number of actors.
type Count struct {
	Key   string `json:"key"`   // code or town name
	Label string `json:"label"` // French label
	N     int    `json:"n"`
}

// ActorsByCategory counts actors per category, in the order of ActorCategories, omitting empty categories.
// Unknown category codes are counted under their own code, after the known ones.
func (d *Dossier) ActorsByCategory() []Count {
	n := map[string]int{}
	for _, a := range d.Actors {
		n[a.Category]++
	}
	var out []Count
	for _, c := range ActorCategories {
		if n[c.Code] > 0 {
			out = append(out, Count{c.Code, c.Label, n[c.Code]})
			delete(n, c.Code)
		}
	}
	var rest []string
	for k := range n {
		rest = append(rest, k)
	}
	sort.Strings(rest)
	for _, k := range rest {
		out = append(out, Count{k, k, n[k]})
	}
	return out
}

// ActorsByTown counts actors per town, most numerous first (ties by name); actors without a town count
// under "(non renseignée)".
func (d *Dossier) ActorsByTown() []Count {
	n := map[string]int{}
	for _, a := range d.Actors {
		t := a.Town
		if t == "" {
			t = "(non renseignée)"
		}
		n[t]++
	}
	out := make([]Count, 0, len(n))
	for k, v := range n {
		out = append(out, Count{k, k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// PartnerByID returns the partner with that ID, or nil.
func (d *Dossier) PartnerByID(id int64) *Partner {
	for i := range d.Partners {
		if d.Partners[i].ID == id {
			return &d.Partners[i]
		}
	}
	return nil
}

// ActionByID returns the action with that ID, or nil.
func (d *Dossier) ActionByID(id int64) *Action {
	for i := range d.Actions {
		if d.Actions[i].ID == id {
			return &d.Actions[i]
		}
	}
	return nil
}

// AttachmentByID returns the attachment with that ID, or nil.
func (d *Dossier) AttachmentByID(id int64) *Attachment {
	for i := range d.Attachments {
		if d.Attachments[i].ID == id {
			return &d.Attachments[i]
		}
	}
	return nil
}
