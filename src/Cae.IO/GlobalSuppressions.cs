using System.Diagnostics.CodeAnalysis;

// The data contract (§4') fixes both overloads of ContractCsv.Load with an optional policy; they differ by the
// type of their first parameter (a file name or a stream), so no call can be ambiguous.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Signatures fixed by the data contract §4'.", Scope = "member", Target = "~M:Cae.IO.ContractCsv.Load(System.String,System.String,Cae.Domain.Policy.CaePolicy)~Cae.IO.LoadResult")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Signatures fixed by the data contract §4'.", Scope = "member", Target = "~M:Cae.IO.ContractCsv.Load(System.IO.Stream,System.String,System.IO.Stream,System.String,Cae.Domain.Policy.CaePolicy)~Cae.IO.LoadResult")]
