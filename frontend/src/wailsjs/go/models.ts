export namespace app {
	
	export enum ErrorCode {
	    Internal = "internal",
	    NoDossier = "no_dossier",
	    NotDossier = "not_dossier",
	    NotFound = "not_found",
	    Invalid = "invalid",
	    Export = "export",
	    Cancelled = "cancelled",
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

}

export namespace dossier {
	
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

export namespace export {
	
	export class Result {
	    dir: string;
	    files: string[];
	    warnings: string[];
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dir = source["dir"];
	        this.files = source["files"];
	        this.warnings = source["warnings"];
	    }
	}

}

