namespace FluentAI.Compiler.Vm;

/// <summary>
/// The VM instruction set. Code is an int[]: an opcode followed by its operands. R[s] is frame slot s,
/// K[k] constant k, C[i] capture cell i of the running closure. Stack effects are in <see cref="OpCodeInfo"/>.
/// </summary>
public enum OpCode
{
    Nop,                 //                   nothing
    Const,               // k                 push K[k]
    Nil,                 //                   push nil
    LoadLocal,           // s                 push R[s]
    StoreLocal,          // s                 R[s] := pop
    LoadCell,            // s                 push R[s].Value (a captured local; unassigned: undefined variable)
    StoreCell,           // s                 R[s].Value := pop
    NewCell,             // s                 R[s] := new cell (before a let's initializers run)
    BoxLocal,            // s                 R[s] := new cell holding R[s] (a captured parameter)
    LoadCapture,         // i                 push C[i].Value
    PushLocalCell,       // s                 push the cell R[s] itself (to build a closure)
    PushCaptureCell,     // i                 push the cell C[i] itself
    LoadGlobal,          // k                 push K[k].Value (a global cell; undefined: error)
    DefineGlobal,        // k                 K[k] := pop
    Pop,                 //                   drop the top
    Jump,                // t                 ip := t
    JumpIfFalse,         // t                 if pop is falsy, ip := t
    JumpIfFalseOrPop,    // t                 if top is falsy, ip := t (keep it), else pop  (and)
    JumpIfTrueOrPop,     // t                 if top is truthy, ip := t (keep it), else pop  (or)
    MakeList,            // n                 pop n values, push them as a list
    MakeClosure,         // k n               pop n cells, push a closure of prototype K[k]
    Call,                // n                 call the function under n arguments; replace them with its result
    TailCall,            // n                 the same, reusing the current frame
    Return,              //                   return the top to the caller
    Primitive,           // op k              binary operator op on the top two, while global K[k] holds its builtin; else call K[k]
    PushHandler,         // n t               pop n (name, function) pairs, install a handler frame; errors resume at t
    PopHandler,          //                   uninstall the innermost handler frame (the body's value stays)
    TestConstructor,     // s k n             push whether R[s] is a data value of constructor K[k] with n fields (or a tuple headed by its name)
    TestList,            // s n r             push whether R[s] is a list of n elements (r=0) or at least n (r=1)
    TestEqual,           // s k               push whether R[s] == K[k]
    LoadField,           // s i               push field i of the data value (or tuple) R[s]
    LoadItem,            // s i               push element i of the list R[s]
    LoadRest,            // s n               push the list R[s] without its first n elements
    NoMatch,             // s                 raise "No patterns matched value: R[s]"
    Import,              // k                 run module K[k] if it has not run yet; push nil
    ContractCheck,       // k                 if pop is falsy, raise contract-violation with message K[k]
    PrimitiveLocalInt,   // op k s i          push R[s] op i, i an integer immediate (LoadLocal s, Const, Primitive op k)
    JumpIfNotLocalInt,   // op k s i t        if R[s] op i is falsy, ip := t (LoadLocal, Const, Primitive, JumpIfFalse)
    ReturnLocal,         // s                 return R[s] (LoadLocal s, Return)
    PrimitiveReturn,     // op k              return the result of Primitive op k (Primitive, Return)
    CallGlobal,          // n k               call the function in global K[k] with the n arguments on top (no callee slot)
    TailCallGlobal,      // n k               the same, reusing the current frame
}
