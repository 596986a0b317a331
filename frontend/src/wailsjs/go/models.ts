export namespace app {
	
	export enum ErrorCode {
	    Internal = "internal",
	    NoDossier = "no_dossier",
	    NotDossier = "not_dossier",
	    NotFound = "not_found",
	    Invalid = "invalid",
	    Export = "export",
	    Cancelled = "cancelled",
	    Storage = "storage",
	}
	export class ActorImportReport {
	    file: string;
	    source: string;
	    preset: string;
	    counts: imports.Counts;
	    duplicates: imports.DupCounts;
	    errors: imports.RowError[];
	    errorsTotal: number;
	    notes: string[];
	    sample: dossier.Actor[];
	    dupSample: imports.Duplicate[];
	    mapping: {[key: string]: string};
	
	    static createFrom(source: any = {}) {
	        return new ActorImportReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.source = source["source"];
	        this.preset = source["preset"];
	        this.counts = this.convertValues(source["counts"], imports.Counts);
	        this.duplicates = this.convertValues(source["duplicates"], imports.DupCounts);
	        this.errors = this.convertValues(source["errors"], imports.RowError);
	        this.errorsTotal = source["errorsTotal"];
	        this.notes = source["notes"];
	        this.sample = this.convertValues(source["sample"], dossier.Actor);
	        this.dupSample = this.convertValues(source["dupSample"], imports.Duplicate);
	        this.mapping = source["mapping"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ActorInput {
	    id: number;
	    name: string;
	    category: string;
	    siret: string;
	    naf: string;
	    town: string;
	    postcode: string;
	    headcountBand: string;
	    creationYear: number;
	    fundsRaised: number;
	    website: string;
	    description: string;
	    tags: string[];
	    origin: string;
	    fictitious: boolean;
	    fundsRaisedText: string;
	
	    static createFrom(source: any = {}) {
	        return new ActorInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.category = source["category"];
	        this.siret = source["siret"];
	        this.naf = source["naf"];
	        this.town = source["town"];
	        this.postcode = source["postcode"];
	        this.headcountBand = source["headcountBand"];
	        this.creationYear = source["creationYear"];
	        this.fundsRaised = source["fundsRaised"];
	        this.website = source["website"];
	        this.description = source["description"];
	        this.tags = source["tags"];
	        this.origin = source["origin"];
	        this.fictitious = source["fictitious"];
	        this.fundsRaisedText = source["fundsRaisedText"];
	    }
	}
	export class ActorRow {
	    id: number;
	    name: string;
	    category: string;
	    siret: string;
	    naf: string;
	    town: string;
	    postcode: string;
	    headcountBand: string;
	    creationYear: number;
	    fundsRaised: number;
	    website: string;
	    tags: string[];
	
	    static createFrom(source: any = {}) {
	        return new ActorRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.category = source["category"];
	        this.siret = source["siret"];
	        this.naf = source["naf"];
	        this.town = source["town"];
	        this.postcode = source["postcode"];
	        this.headcountBand = source["headcountBand"];
	        this.creationYear = source["creationYear"];
	        this.fundsRaised = source["fundsRaised"];
	        this.website = source["website"];
	        this.tags = source["tags"];
	    }
	}
	export class BudgetRow {
	    id: string;
	    side: string;
	    year: number;
	    account: string;
	    action: string;
	    funder: string;
	    nature: string;
	    status: string;
	    label: string;
	    amount: number;
	    inKind: boolean;
	    position: number;
	
	    static createFrom(source: any = {}) {
	        return new BudgetRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.side = source["side"];
	        this.year = source["year"];
	        this.account = source["account"];
	        this.action = source["action"];
	        this.funder = source["funder"];
	        this.nature = source["nature"];
	        this.status = source["status"];
	        this.label = source["label"];
	        this.amount = source["amount"];
	        this.inKind = source["inKind"];
	        this.position = source["position"];
	    }
	}
	export class BudgetYear {
	    year: number;
	    charges: number;
	    produits: number;
	    balance: number;
	    inKindCharges: number;
	    inKindProduits: number;
	    inKindBalance: number;
	    balanced: boolean;
	
	    static createFrom(source: any = {}) {
	        return new BudgetYear(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.charges = source["charges"];
	        this.produits = source["produits"];
	        this.balance = source["balance"];
	        this.inKindCharges = source["inKindCharges"];
	        this.inKindProduits = source["inKindProduits"];
	        this.inKindBalance = source["inKindBalance"];
	        this.balanced = source["balanced"];
	    }
	}
	export class ChargeInput {
	    id: number;
	    actionId: number;
	    account: string;
	    year: number;
	    label: string;
	    amount: number;
	    amountText: string;
	
	    static createFrom(source: any = {}) {
	        return new ChargeInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.actionId = source["actionId"];
	        this.account = source["account"];
	        this.year = source["year"];
	        this.label = source["label"];
	        this.amount = source["amount"];
	        this.amountText = source["amountText"];
	    }
	}
	export class CodeLists {
	    partnerKinds: dossier.Code[];
	    partnerRoles: dossier.Code[];
	    letterStatuses: dossier.Code[];
	    funderTypes: dossier.Code[];
	    natures: dossier.Code[];
	    inKindTypes: dossier.Code[];
	    contributionStatuses: dossier.Code[];
	    actionAxes: dossier.Code[];
	    actorCategories: dossier.Code[];
	    sectionStatuses: dossier.Code[];
	    territoryKinds: dossier.Code[];
	    attachmentKinds: dossier.Code[];
	    candidatureStatuses: dossier.Code[];
	    headcountBands: dossier.Code[];
	    accounts: dossier.Account[];
	    accountGroups: {[key: string]: string};
	
	    static createFrom(source: any = {}) {
	        return new CodeLists(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.partnerKinds = this.convertValues(source["partnerKinds"], dossier.Code);
	        this.partnerRoles = this.convertValues(source["partnerRoles"], dossier.Code);
	        this.letterStatuses = this.convertValues(source["letterStatuses"], dossier.Code);
	        this.funderTypes = this.convertValues(source["funderTypes"], dossier.Code);
	        this.natures = this.convertValues(source["natures"], dossier.Code);
	        this.inKindTypes = this.convertValues(source["inKindTypes"], dossier.Code);
	        this.contributionStatuses = this.convertValues(source["contributionStatuses"], dossier.Code);
	        this.actionAxes = this.convertValues(source["actionAxes"], dossier.Code);
	        this.actorCategories = this.convertValues(source["actorCategories"], dossier.Code);
	        this.sectionStatuses = this.convertValues(source["sectionStatuses"], dossier.Code);
	        this.territoryKinds = this.convertValues(source["territoryKinds"], dossier.Code);
	        this.attachmentKinds = this.convertValues(source["attachmentKinds"], dossier.Code);
	        this.candidatureStatuses = this.convertValues(source["candidatureStatuses"], dossier.Code);
	        this.headcountBands = this.convertValues(source["headcountBands"], dossier.Code);
	        this.accounts = this.convertValues(source["accounts"], dossier.Account);
	        this.accountGroups = source["accountGroups"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ContributionInput {
	    id: number;
	    partnerId: number;
	    actionId: number;
	    year: number;
	    nature: string;
	    inKindType: string;
	    account: string;
	    label: string;
	    amount: number;
	    status: string;
	    amountText: string;
	
	    static createFrom(source: any = {}) {
	        return new ContributionInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.partnerId = source["partnerId"];
	        this.actionId = source["actionId"];
	        this.year = source["year"];
	        this.nature = source["nature"];
	        this.inKindType = source["inKindType"];
	        this.account = source["account"];
	        this.label = source["label"];
	        this.amount = source["amount"];
	        this.status = source["status"];
	        this.amountText = source["amountText"];
	    }
	}
	export class Counts {
	    partners: number;
	    actors: number;
	    actions: number;
	    charges: number;
	    contributions: number;
	    resources: number;
	    sections: number;
	    indicators: number;
	    territories: number;
	    totems: number;
	
	    static createFrom(source: any = {}) {
	        return new Counts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.partners = source["partners"];
	        this.actors = source["actors"];
	        this.actions = source["actions"];
	        this.charges = source["charges"];
	        this.contributions = source["contributions"];
	        this.resources = source["resources"];
	        this.sections = source["sections"];
	        this.indicators = source["indicators"];
	        this.territories = source["territories"];
	        this.totems = source["totems"];
	    }
	}
	export class ExportResult {
	    dir: string;
	    files: string[];
	    warnings: string[];
	
	    static createFrom(source: any = {}) {
	        return new ExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dir = source["dir"];
	        this.files = source["files"];
	        this.warnings = source["warnings"];
	    }
	}
	export class ImportOptions {
	    preset: string;
	    mapping: {[key: string]: string};
	    sheet: string;
	    defaultCategory: string;
	    duplicates: string;
	    keepClosed: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ImportOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.preset = source["preset"];
	        this.mapping = source["mapping"];
	        this.sheet = source["sheet"];
	        this.defaultCategory = source["defaultCategory"];
	        this.duplicates = source["duplicates"];
	        this.keepClosed = source["keepClosed"];
	    }
	}
	export class Overview {
	    path: string;
	    name: string;
	    territory: string;
	    porteur: string;
	    yearStart: number;
	    yearEnd: number;
	    status: string;
	    counts: Counts;
	    budget: BudgetYear[];
	    findings: dossier.Finding[];
	    actorsByCategory: dossier.Count[];
	    actorsByTown: dossier.Count[];
	
	    static createFrom(source: any = {}) {
	        return new Overview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.name = source["name"];
	        this.territory = source["territory"];
	        this.porteur = source["porteur"];
	        this.yearStart = source["yearStart"];
	        this.yearEnd = source["yearEnd"];
	        this.status = source["status"];
	        this.counts = this.convertValues(source["counts"], Counts);
	        this.budget = this.convertValues(source["budget"], BudgetYear);
	        this.findings = this.convertValues(source["findings"], dossier.Finding);
	        this.actorsByCategory = this.convertValues(source["actorsByCategory"], dossier.Count);
	        this.actorsByTown = this.convertValues(source["actorsByTown"], dossier.Count);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PartnerRow {
	    id: number;
	    name: string;
	    kind: string;
	    role: string;
	    town: string;
	    siret: string;
	    contact: string;
	    letterStatus: string;
	    letterDate: string;
	    cash: number;
	    inKind: number;
	    fictitious: boolean;
	
	    static createFrom(source: any = {}) {
	        return new PartnerRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.role = source["role"];
	        this.town = source["town"];
	        this.siret = source["siret"];
	        this.contact = source["contact"];
	        this.letterStatus = source["letterStatus"];
	        this.letterDate = source["letterDate"];
	        this.cash = source["cash"];
	        this.inKind = source["inKind"];
	        this.fictitious = source["fictitious"];
	    }
	}
	export class ResourceInput {
	    id: number;
	    actionId: number;
	    account: string;
	    funder: string;
	    year: number;
	    label: string;
	    amount: number;
	    status: string;
	    amountText: string;
	
	    static createFrom(source: any = {}) {
	        return new ResourceInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.actionId = source["actionId"];
	        this.account = source["account"];
	        this.funder = source["funder"];
	        this.year = source["year"];
	        this.label = source["label"];
	        this.amount = source["amount"];
	        this.status = source["status"];
	        this.amountText = source["amountText"];
	    }
	}

}

export namespace dossier {
	
	export class Account {
	    code: string;
	    group: string;
	    label: string;
	    side: string;
	    inKind: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Account(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.group = source["group"];
	        this.label = source["label"];
	        this.side = source["side"];
	        this.inKind = source["inKind"];
	    }
	}
	export class Action {
	    id: number;
	    code: string;
	    title: string;
	    axis: string;
	    leadPartnerId: number;
	    startDate: string;
	    endDate: string;
	    description: string;
	
	    static createFrom(source: any = {}) {
	        return new Action(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.title = source["title"];
	        this.axis = source["axis"];
	        this.leadPartnerId = source["leadPartnerId"];
	        this.startDate = source["startDate"];
	        this.endDate = source["endDate"];
	        this.description = source["description"];
	    }
	}
	export class Actor {
	    id: number;
	    name: string;
	    category: string;
	    siret: string;
	    naf: string;
	    town: string;
	    postcode: string;
	    headcountBand: string;
	    creationYear: number;
	    fundsRaised: number;
	    website: string;
	    description: string;
	    tags: string[];
	    origin: string;
	    fictitious: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Actor(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.category = source["category"];
	        this.siret = source["siret"];
	        this.naf = source["naf"];
	        this.town = source["town"];
	        this.postcode = source["postcode"];
	        this.headcountBand = source["headcountBand"];
	        this.creationYear = source["creationYear"];
	        this.fundsRaised = source["fundsRaised"];
	        this.website = source["website"];
	        this.description = source["description"];
	        this.tags = source["tags"];
	        this.origin = source["origin"];
	        this.fictitious = source["fictitious"];
	    }
	}
	export class Attachment {
	    id: number;
	    name: string;
	    kind: string;
	    mime: string;
	    partnerId: number;
	    created: string;
	    data: number[];
	
	    static createFrom(source: any = {}) {
	        return new Attachment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.mime = source["mime"];
	        this.partnerId = source["partnerId"];
	        this.created = source["created"];
	        this.data = source["data"];
	    }
	}
	export class Candidature {
	    name: string;
	    territory: string;
	    summary: string;
	    porteurName: string;
	    porteurLegalForm: string;
	    porteurSiren: string;
	    porteurSiret: string;
	    porteurAddress: string;
	    porteurPostcode: string;
	    porteurTown: string;
	    representativeName: string;
	    representativeTitle: string;
	    contactName: string;
	    contactEmail: string;
	    contactPhone: string;
	    yearStart: number;
	    yearEnd: number;
	    deadline: string;
	    status: string;
	    version: string;
	
	    static createFrom(source: any = {}) {
	        return new Candidature(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.territory = source["territory"];
	        this.summary = source["summary"];
	        this.porteurName = source["porteurName"];
	        this.porteurLegalForm = source["porteurLegalForm"];
	        this.porteurSiren = source["porteurSiren"];
	        this.porteurSiret = source["porteurSiret"];
	        this.porteurAddress = source["porteurAddress"];
	        this.porteurPostcode = source["porteurPostcode"];
	        this.porteurTown = source["porteurTown"];
	        this.representativeName = source["representativeName"];
	        this.representativeTitle = source["representativeTitle"];
	        this.contactName = source["contactName"];
	        this.contactEmail = source["contactEmail"];
	        this.contactPhone = source["contactPhone"];
	        this.yearStart = source["yearStart"];
	        this.yearEnd = source["yearEnd"];
	        this.deadline = source["deadline"];
	        this.status = source["status"];
	        this.version = source["version"];
	    }
	}
	export class Change {
	    id: number;
	    at: string;
	    author: string;
	    entity: string;
	    entityId: number;
	    op: string;
	    before: string;
	    after: string;
	    summary: string;
	    undone: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Change(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.author = source["author"];
	        this.entity = source["entity"];
	        this.entityId = source["entityId"];
	        this.op = source["op"];
	        this.before = source["before"];
	        this.after = source["after"];
	        this.summary = source["summary"];
	        this.undone = source["undone"];
	    }
	}
	export class Charge {
	    id: number;
	    actionId: number;
	    account: string;
	    year: number;
	    label: string;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new Charge(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.actionId = source["actionId"];
	        this.account = source["account"];
	        this.year = source["year"];
	        this.label = source["label"];
	        this.amount = source["amount"];
	    }
	}
	export class Code {
	    code: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new Code(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.label = source["label"];
	    }
	}
	export class Contribution {
	    id: number;
	    partnerId: number;
	    actionId: number;
	    year: number;
	    nature: string;
	    inKindType: string;
	    account: string;
	    label: string;
	    amount: number;
	    status: string;
	
	    static createFrom(source: any = {}) {
	        return new Contribution(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.partnerId = source["partnerId"];
	        this.actionId = source["actionId"];
	        this.year = source["year"];
	        this.nature = source["nature"];
	        this.inKindType = source["inKindType"];
	        this.account = source["account"];
	        this.label = source["label"];
	        this.amount = source["amount"];
	        this.status = source["status"];
	    }
	}
	export class Count {
	    key: string;
	    label: string;
	    n: number;
	
	    static createFrom(source: any = {}) {
	        return new Count(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.n = source["n"];
	    }
	}
	export class Section {
	    id: number;
	    position: number;
	    key: string;
	    title: string;
	    body: string;
	    maxChars: number;
	    status: string;
	    ownerPartnerId: number;
	
	    static createFrom(source: any = {}) {
	        return new Section(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.position = source["position"];
	        this.key = source["key"];
	        this.title = source["title"];
	        this.body = source["body"];
	        this.maxChars = source["maxChars"];
	        this.status = source["status"];
	        this.ownerPartnerId = source["ownerPartnerId"];
	    }
	}
	export class IndicatorTarget {
	    year: number;
	    value: number;
	
	    static createFrom(source: any = {}) {
	        return new IndicatorTarget(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.value = source["value"];
	    }
	}
	export class Indicator {
	    id: number;
	    name: string;
	    unit: string;
	    baselineValue: number;
	    baselineYear: number;
	    baselineSource: string;
	    targets: IndicatorTarget[];
	
	    static createFrom(source: any = {}) {
	        return new Indicator(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.unit = source["unit"];
	        this.baselineValue = source["baselineValue"];
	        this.baselineYear = source["baselineYear"];
	        this.baselineSource = source["baselineSource"];
	        this.targets = this.convertValues(source["targets"], IndicatorTarget);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Resource {
	    id: number;
	    actionId: number;
	    account: string;
	    funder: string;
	    year: number;
	    label: string;
	    amount: number;
	    status: string;
	
	    static createFrom(source: any = {}) {
	        return new Resource(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.actionId = source["actionId"];
	        this.account = source["account"];
	        this.funder = source["funder"];
	        this.year = source["year"];
	        this.label = source["label"];
	        this.amount = source["amount"];
	        this.status = source["status"];
	    }
	}
	export class Partner {
	    id: number;
	    name: string;
	    kind: string;
	    funderType: string;
	    siret: string;
	    town: string;
	    contactName: string;
	    contactEmail: string;
	    contactPhone: string;
	    role: string;
	    logoAttachmentId: number;
	    letterStatus: string;
	    letterDate: string;
	    letterAttachmentId: number;
	    fictitious: boolean;
	    source: string;
	    notes: string;
	
	    static createFrom(source: any = {}) {
	        return new Partner(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.funderType = source["funderType"];
	        this.siret = source["siret"];
	        this.town = source["town"];
	        this.contactName = source["contactName"];
	        this.contactEmail = source["contactEmail"];
	        this.contactPhone = source["contactPhone"];
	        this.role = source["role"];
	        this.logoAttachmentId = source["logoAttachmentId"];
	        this.letterStatus = source["letterStatus"];
	        this.letterDate = source["letterDate"];
	        this.letterAttachmentId = source["letterAttachmentId"];
	        this.fictitious = source["fictitious"];
	        this.source = source["source"];
	        this.notes = source["notes"];
	    }
	}
	export class Totem {
	    id: number;
	    name: string;
	    town: string;
	    address: string;
	    description: string;
	    surfaceM2: number;
	    opening: string;
	    source: string;
	
	    static createFrom(source: any = {}) {
	        return new Totem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.town = source["town"];
	        this.address = source["address"];
	        this.description = source["description"];
	        this.surfaceM2 = source["surfaceM2"];
	        this.opening = source["opening"];
	        this.source = source["source"];
	    }
	}
	export class Territory {
	    id: number;
	    name: string;
	    kind: string;
	    inseeCode: string;
	    town: string;
	    population: number;
	    populationYear: number;
	    source: string;
	
	    static createFrom(source: any = {}) {
	        return new Territory(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.inseeCode = source["inseeCode"];
	        this.town = source["town"];
	        this.population = source["population"];
	        this.populationYear = source["populationYear"];
	        this.source = source["source"];
	    }
	}
	export class Dossier {
	    candidature: Candidature;
	    territories: Territory[];
	    totems: Totem[];
	    partners: Partner[];
	    contributions: Contribution[];
	    actions: Action[];
	    charges: Charge[];
	    resources: Resource[];
	    indicators: Indicator[];
	    actors: Actor[];
	    sections: Section[];
	    attachments: Attachment[];
	    history: Change[];
	
	    static createFrom(source: any = {}) {
	        return new Dossier(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.candidature = this.convertValues(source["candidature"], Candidature);
	        this.territories = this.convertValues(source["territories"], Territory);
	        this.totems = this.convertValues(source["totems"], Totem);
	        this.partners = this.convertValues(source["partners"], Partner);
	        this.contributions = this.convertValues(source["contributions"], Contribution);
	        this.actions = this.convertValues(source["actions"], Action);
	        this.charges = this.convertValues(source["charges"], Charge);
	        this.resources = this.convertValues(source["resources"], Resource);
	        this.indicators = this.convertValues(source["indicators"], Indicator);
	        this.actors = this.convertValues(source["actors"], Actor);
	        this.sections = this.convertValues(source["sections"], Section);
	        this.attachments = this.convertValues(source["attachments"], Attachment);
	        this.history = this.convertValues(source["history"], Change);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Finding {
	    code: string;
	    field: string;
	    severity: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new Finding(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.field = source["field"];
	        this.severity = source["severity"];
	        this.message = source["message"];
	    }
	}
	
	
	
	
	
	

}

export namespace imports {
	
	export class ContributionChange {
	    before: dossier.Contribution;
	    after: dossier.Contribution;
	    fields: string[];
	
	    static createFrom(source: any = {}) {
	        return new ContributionChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.before = this.convertValues(source["before"], dossier.Contribution);
	        this.after = this.convertValues(source["after"], dossier.Contribution);
	        this.fields = source["fields"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Counts {
	    read: number;
	    valid: number;
	    skippedClosed: number;
	    errors: number;
	
	    static createFrom(source: any = {}) {
	        return new Counts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.read = source["read"];
	        this.valid = source["valid"];
	        this.skippedClosed = source["skippedClosed"];
	        this.errors = source["errors"];
	    }
	}
	export class DupCounts {
	    new: number;
	    merged: number;
	    skipped: number;
	
	    static createFrom(source: any = {}) {
	        return new DupCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.new = source["new"];
	        this.merged = source["merged"];
	        this.skipped = source["skipped"];
	    }
	}
	export class Duplicate {
	    incoming: dossier.Actor;
	    existingId: number;
	    firstIndex: number;
	    reason: string;
	    merged: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Duplicate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.incoming = this.convertValues(source["incoming"], dossier.Actor);
	        this.existingId = source["existingId"];
	        this.firstIndex = source["firstIndex"];
	        this.reason = source["reason"];
	        this.merged = source["merged"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FieldInfo {
	    field: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new FieldInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.label = source["label"];
	    }
	}
	export class FormError {
	    file: string;
	    sheet: string;
	    row: number;
	    column: string;
	    value: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new FormError(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.sheet = source["sheet"];
	        this.row = source["row"];
	        this.column = source["column"];
	        this.value = source["value"];
	        this.reason = source["reason"];
	    }
	}
	export class FormDiff {
	    file: string;
	    dossierId: string;
	    candidature: string;
	    partnerId: number;
	    partnerName: string;
	    version: number;
	    generated: string;
	    added: dossier.Contribution[];
	    changed: ContributionChange[];
	    removed: dossier.Contribution[];
	    unchanged: number;
	    conflicts: FormError[];
	    errors: FormError[];
	    notes: string[];
	
	    static createFrom(source: any = {}) {
	        return new FormDiff(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.dossierId = source["dossierId"];
	        this.candidature = source["candidature"];
	        this.partnerId = source["partnerId"];
	        this.partnerName = source["partnerName"];
	        this.version = source["version"];
	        this.generated = source["generated"];
	        this.added = this.convertValues(source["added"], dossier.Contribution);
	        this.changed = this.convertValues(source["changed"], ContributionChange);
	        this.removed = this.convertValues(source["removed"], dossier.Contribution);
	        this.unchanged = source["unchanged"];
	        this.conflicts = this.convertValues(source["conflicts"], FormError);
	        this.errors = this.convertValues(source["errors"], FormError);
	        this.notes = source["notes"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class SheetInfo {
	    name: string;
	    visible: boolean;
	    empty: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SheetInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.visible = source["visible"];
	        this.empty = source["empty"];
	    }
	}
	export class Source {
	    file: string;
	    format: string;
	    encoding?: string;
	    delimiter?: string;
	    sheet?: string;
	    sheets?: SheetInfo[];
	
	    static createFrom(source: any = {}) {
	        return new Source(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.format = source["format"];
	        this.encoding = source["encoding"];
	        this.delimiter = source["delimiter"];
	        this.sheet = source["sheet"];
	        this.sheets = this.convertValues(source["sheets"], SheetInfo);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PreviewResult {
	    source: Source;
	    preset: string;
	    headerRow: number;
	    headers: string[];
	    mapping: {[key: string]: string};
	    mappingError: string;
	    rows: string[][];
	    rowNumbers: number[];
	    notes: string[];
	    fields: FieldInfo[];
	
	    static createFrom(source: any = {}) {
	        return new PreviewResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.source = this.convertValues(source["source"], Source);
	        this.preset = source["preset"];
	        this.headerRow = source["headerRow"];
	        this.headers = source["headers"];
	        this.mapping = source["mapping"];
	        this.mappingError = source["mappingError"];
	        this.rows = source["rows"];
	        this.rowNumbers = source["rowNumbers"];
	        this.notes = source["notes"];
	        this.fields = this.convertValues(source["fields"], FieldInfo);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RowError {
	    file: string;
	    row: number;
	    column: string;
	    value: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new RowError(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.row = source["row"];
	        this.column = source["column"];
	        this.value = source["value"];
	        this.reason = source["reason"];
	    }
	}
	

}

