package app

import (
	"context"
	"fmt"
	"strings"

	"dossierft/internal/dossier"
	"dossierft/internal/fr"
	"dossierft/internal/store"
)

// Edit is the bound service that changes the open dossier (wailsjs/go/app/Edit). Each method is one
// transaction recorded in the history (undoable, across restarts). A value that breaks a rule is refused with
// an error of code "invalid" whose details name each field (the JSON name of the Go field, e.g. "siret") with a
// French message; nothing is written then. Amounts are typed text parsed the French way ("1 234,56 €"),
// returned as integer cents. Dates are ISO strings. Invisible control characters pasted from Word or a PDF
// are removed before saving (dossier.CleanText): the row returned shows what was saved.
type Edit struct{ s *session }

// FieldMessage is one refused field of an entity: Field is the JSON name of the field ("siret", "amount"…).
type FieldMessage struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// change runs fn with the open store and the loaded dossier (for validation), then tells the window.
func (e *Edit) change(fn func(ctx context.Context, st *store.Store, d *dossier.Dossier) error) error {
	err := e.s.withStore(func(ctx context.Context, st *store.Store) error {
		d, err := st.LoadContent(ctx)
		if err != nil {
			return err
		}
		return fn(ctx, st, d)
	})
	if err == nil {
		e.s.emit(EventDossierChanged)
	}
	return err
}

// refuse turns the error findings of one row into a FieldError (nil when there are none). The finding's
// field "partner:-1.siret" becomes "siret".
func refuse(fs []dossier.Finding) error {
	if len(fs) == 0 {
		return nil
	}
	fe := &FieldError{}
	var msgs []string
	for _, f := range fs {
		name := f.Field
		if i := strings.LastIndex(name, "."); i >= 0 {
			name = name[i+1:]
		} else {
			name = ""
		}
		fe.Details = append(fe.Details, FieldMessage{name, f.Message})
		msgs = append(msgs, f.Message)
	}
	fe.Field = fe.Details[0].Field
	fe.Message = strings.Join(msgs, "\n")
	return fe
}

// tempID is the ID a new row takes while it is validated, so its findings can be told from the others'.
const tempID = -1

// put replaces the element of list with v's ID, or appends v (with tempID when new); it returns the list and
// the ID used.
func put[T any](list []T, v T, id func(*T) *int64) ([]T, int64) {
	out := make([]T, 0, len(list)+1)
	vid := *id(&v)
	if vid == 0 {
		*id(&v) = tempID
		vid = tempID
	}
	found := false
	for _, x := range list {
		if *id(&x) == vid {
			out = append(out, v)
			found = true
		} else {
			out = append(out, x)
		}
	}
	if !found {
		out = append(out, v)
	}
	return out, vid
}

// parseAmount parses typed text as cents, or returns a FieldError on field.
func parseAmount(field, label, text string) (dossier.Cents, error) {
	c, err := fr.ParseAmount(text)
	if err != nil {
		return 0, &FieldError{Field: field, Message: label + " : " + err.Error() + ".",
			Details: []FieldMessage{{field, label + " : " + err.Error() + "."}}}
	}
	return dossier.Cents(c), nil
}

// SaveCandidature saves the candidature and its structure porteuse.
func (e *Edit) SaveCandidature(c dossier.Candidature) error {
	dossier.CleanStrings(&c)
	return e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		d.Candidature = c
		if err := refuse(dossier.RowErrors(d, "candidature", 0)); err != nil {
			return err
		}
		return st.SaveCandidature(ctx, c)
	})
}

// SaveTerritory inserts (ID 0) or updates a member territory and returns it with its ID.
func (e *Edit) SaveTerritory(t dossier.Territory) (dossier.Territory, error) {
	dossier.CleanStrings(&t)
	var out dossier.Territory
	err := e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		if strings.TrimSpace(t.Name) == "" {
			return refuse([]dossier.Finding{{Field: "territory:0.name", Severity: dossier.SevError, Message: "Le nom du territoire est obligatoire."}})
		}
		var err error
		out, err = st.SaveTerritory(ctx, t)
		return err
	})
	return out, err
}

// SaveTotem inserts (ID 0) or updates a lieu totem and returns it with its ID.
func (e *Edit) SaveTotem(t dossier.Totem) (dossier.Totem, error) {
	dossier.CleanStrings(&t)
	var out dossier.Totem
	err := e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		if strings.TrimSpace(t.Name) == "" {
			return refuse([]dossier.Finding{{Field: "totem:0.name", Severity: dossier.SevError, Message: "Le nom du lieu totem est obligatoire."}})
		}
		var err error
		out, err = st.SaveTotem(ctx, t)
		return err
	})
	return out, err
}

// SavePartner inserts (ID 0) or updates a partner and returns it with its ID. The SIRET is stored without
// spaces; a wrong key, e-mail or phone is refused (dossier.Validate rules).
func (e *Edit) SavePartner(p dossier.Partner) (dossier.Partner, error) {
	dossier.CleanStrings(&p)
	p.SIRET = fr.CleanID(p.SIRET)
	var out dossier.Partner
	err := e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		var id int64
		d.Partners, id = put(d.Partners, p, func(x *dossier.Partner) *int64 { return &x.ID })
		if err := refuse(dossier.RowErrors(d, "partner", id)); err != nil {
			return err
		}
		var err error
		out, err = st.SavePartner(ctx, p)
		return err
	})
	return out, err
}

// ContributionInput is a contribution as typed in the form: Amount is French text ("12 500 €").
// An empty Account takes the default for the nature and the partner's funder type.
type ContributionInput struct {
	dossier.Contribution
	AmountText string `json:"amountText"`
}

// SaveContribution inserts (ID 0) or updates a partner's contribution and returns it with its ID and amount
// in cents.
func (e *Edit) SaveContribution(in ContributionInput) (dossier.Contribution, error) {
	dossier.CleanStrings(&in)
	c := in.Contribution
	var out dossier.Contribution
	amt, err := parseAmount("amount", "Montant", in.AmountText)
	if err != nil {
		return out, err
	}
	c.Amount = amt
	if c.Nature != dossier.NatureInKind {
		c.InKindType = ""
	}
	err = e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		if c.Account == "" {
			ft := ""
			if p := d.PartnerByID(c.PartnerID); p != nil {
				ft = p.FunderType
			}
			c.Account = dossier.DefaultContributionAccount(c.Nature, c.InKindType, ft)
		}
		var id int64
		d.Contributions, id = put(d.Contributions, c, func(x *dossier.Contribution) *int64 { return &x.ID })
		if err := refuse(dossier.RowErrors(d, "contribution", id)); err != nil {
			return err
		}
		var err error
		out, err = st.SaveContribution(ctx, c)
		return err
	})
	return out, err
}

// SaveAction inserts (ID 0) or updates an action of the plan d'actions.
func (e *Edit) SaveAction(a dossier.Action) (dossier.Action, error) {
	dossier.CleanStrings(&a)
	var out dossier.Action
	err := e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		var id int64
		d.Actions, id = put(d.Actions, a, func(x *dossier.Action) *int64 { return &x.ID })
		if err := refuse(dossier.RowErrors(d, "action", id)); err != nil {
			return err
		}
		var err error
		out, err = st.SaveAction(ctx, a)
		return err
	})
	return out, err
}

// ChargeInput is a budget charge line as typed: Amount is French text.
type ChargeInput struct {
	dossier.Charge
	AmountText string `json:"amountText"`
}

// SaveCharge inserts (ID 0) or updates a charge line (Cerfa 12156 accounts 60–68, 86x).
func (e *Edit) SaveCharge(in ChargeInput) (dossier.Charge, error) {
	dossier.CleanStrings(&in)
	c := in.Charge
	var out dossier.Charge
	amt, err := parseAmount("amount", "Montant", in.AmountText)
	if err != nil {
		return out, err
	}
	c.Amount = amt
	err = e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		var id int64
		d.Charges, id = put(d.Charges, c, func(x *dossier.Charge) *int64 { return &x.ID })
		if err := refuse(dossier.RowErrors(d, "charge", id)); err != nil {
			return err
		}
		var err error
		out, err = st.SaveCharge(ctx, c)
		return err
	})
	return out, err
}

// ResourceInput is a produits line (not a partner's contribution) as typed: Amount is French text.
type ResourceInput struct {
	dossier.Resource
	AmountText string `json:"amountText"`
}

// SaveResource inserts (ID 0) or updates a produits line (Cerfa 12156 accounts 70–78, 87x).
func (e *Edit) SaveResource(in ResourceInput) (dossier.Resource, error) {
	dossier.CleanStrings(&in)
	r := in.Resource
	var out dossier.Resource
	amt, err := parseAmount("amount", "Montant", in.AmountText)
	if err != nil {
		return out, err
	}
	r.Amount = amt
	err = e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		var id int64
		d.Resources, id = put(d.Resources, r, func(x *dossier.Resource) *int64 { return &x.ID })
		if err := refuse(dossier.RowErrors(d, "resource", id)); err != nil {
			return err
		}
		var err error
		out, err = st.SaveResource(ctx, r)
		return err
	})
	return out, err
}

// SaveIndicator inserts (ID 0) or updates an indicator with its targets.
func (e *Edit) SaveIndicator(in dossier.Indicator) (dossier.Indicator, error) {
	dossier.CleanStrings(&in)
	var out dossier.Indicator
	err := e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		if strings.TrimSpace(in.Name) == "" {
			return refuse([]dossier.Finding{{Field: "indicator:0.name", Severity: dossier.SevError, Message: "Le nom de l'indicateur est obligatoire."}})
		}
		var err error
		out, err = st.SaveIndicator(ctx, in)
		return err
	})
	return out, err
}

// ActorInput is an actor as typed: FundsRaised is French text ("" = 0).
type ActorInput struct {
	dossier.Actor
	FundsRaisedText string `json:"fundsRaisedText"`
}

// SaveActor inserts (ID 0) or updates an actor of the annuaire. The SIRET is stored without spaces and the
// NAF code normalised ("6201Z" → "62.01Z").
func (e *Edit) SaveActor(in ActorInput) (dossier.Actor, error) {
	dossier.CleanStrings(&in)
	a := in.Actor
	var out dossier.Actor
	a.FundsRaised = 0
	if strings.TrimSpace(in.FundsRaisedText) != "" {
		amt, err := parseAmount("fundsRaised", "Fonds levés", in.FundsRaisedText)
		if err != nil {
			return out, err
		}
		a.FundsRaised = amt
	}
	a.SIRET = fr.CleanID(a.SIRET)
	if n, ok := fr.NormalizeNAF(a.NAF); ok {
		a.NAF = n
	}
	if a.Origin == "" {
		a.Origin = "saisie"
	}
	err := e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		var id int64
		d.Actors, id = put(d.Actors, a, func(x *dossier.Actor) *int64 { return &x.ID })
		if err := refuse(dossier.RowErrors(d, "actor", id)); err != nil {
			return err
		}
		var err error
		out, err = st.SaveActor(ctx, a)
		return err
	})
	return out, err
}

// SaveSection inserts (ID 0) or updates a chapter (Markdown body). A body over the chapter's limit is refused.
func (e *Edit) SaveSection(s dossier.Section) (dossier.Section, error) {
	dossier.CleanStrings(&s)
	var out dossier.Section
	err := e.change(func(ctx context.Context, st *store.Store, d *dossier.Dossier) error {
		if s.ID == 0 && s.Position == 0 {
			s.Position = len(d.Sections) + 1
		}
		var id int64
		d.Sections, id = put(d.Sections, s, func(x *dossier.Section) *int64 { return &x.ID })
		if err := refuse(dossier.RowErrors(d, "section", id)); err != nil {
			return err
		}
		var err error
		out, err = st.SaveSection(ctx, s)
		return err
	})
	return out, err
}

// Entities that Delete accepts.
var deleters = map[string]func(*store.Store, context.Context, int64) error{
	"territory":    (*store.Store).DeleteTerritory,
	"totem":        (*store.Store).DeleteTotem,
	"partner":      (*store.Store).DeletePartner,
	"contribution": (*store.Store).DeleteContribution,
	"action":       (*store.Store).DeleteAction,
	"charge":       (*store.Store).DeleteCharge,
	"resource":     (*store.Store).DeleteResource,
	"indicator":    (*store.Store).DeleteIndicator,
	"actor":        (*store.Store).DeleteActor,
	"section":      (*store.Store).DeleteSection,
	"attachment":   (*store.Store).DeleteAttachment,
}

// Delete removes one row: entity is "territory", "totem", "partner", "contribution", "action", "charge",
// "resource", "indicator", "actor", "section" or "attachment". Deleting a partner deletes its contributions
// (one undoable step).
func (e *Edit) Delete(entity string, id int64) error {
	del, ok := deleters[entity]
	if !ok {
		return fmt.Errorf("type de donnée inconnu « %s »", entity)
	}
	return e.change(func(ctx context.Context, st *store.Store, _ *dossier.Dossier) error {
		return del(st, ctx, id)
	})
}

// Undo reverts the last change (Ctrl+Z) and returns it (its Summary says what was undone).
func (e *Edit) Undo() (dossier.Change, error) {
	var c dossier.Change
	err := e.s.withStore(func(ctx context.Context, st *store.Store) error {
		var err error
		c, err = st.Undo(ctx)
		return err
	})
	if err == nil {
		e.s.emit(EventDossierChanged)
	}
	return c, err
}

// Redo replays the last undone change (Ctrl+Shift+Z) and returns it.
func (e *Edit) Redo() (dossier.Change, error) {
	var c dossier.Change
	err := e.s.withStore(func(ctx context.Context, st *store.Store) error {
		var err error
		c, err = st.Redo(ctx)
		return err
	})
	if err == nil {
		e.s.emit(EventDossierChanged)
	}
	return c, err
}

// History returns the last limit changes (most recent first), without row contents.
func (e *Edit) History(limit int) ([]dossier.Change, error) {
	var out []dossier.Change
	err := e.s.withStore(func(ctx context.Context, st *store.Store) error {
		var err error
		out, err = st.History(ctx, limit)
		return err
	})
	for i := range out {
		out[i].Before, out[i].After = "", ""
	}
	if out == nil {
		out = []dossier.Change{}
	}
	return out, err
}
