namespace FluentAI.Compiler.Vm;

/// <summary>Operand counts and stack effects of each opcode, for the compiler, the disassembler and error recovery.</summary>
public static class OpCodeInfo
{
    public static int OperandCount(OpCode op) => op switch
    {
        OpCode.Nop or OpCode.Nil or OpCode.Pop or OpCode.Return or OpCode.PopHandler => 0,
        OpCode.JumpIfNotLocalInt => 5,
        OpCode.PrimitiveLocalInt => 4,
        OpCode.TestConstructor or OpCode.TestList => 3,
        OpCode.MakeClosure or OpCode.Primitive or OpCode.PrimitiveReturn or OpCode.CallGlobal or OpCode.TailCallGlobal or OpCode.PushHandler or OpCode.TestEqual
            or OpCode.LoadField or OpCode.LoadItem or OpCode.LoadRest => 2,
        _ => 1,
    };

    /// <summary>How many values an instruction pops (before it pushes), given its operands.</summary>
    public static int Pops(OpCode op, int operand0) => op switch
    {
        OpCode.Call or OpCode.TailCall => operand0 + 1,
        OpCode.CallGlobal or OpCode.TailCallGlobal => operand0,
        OpCode.Primitive or OpCode.PrimitiveReturn => 2,
        OpCode.MakeList => operand0,
        OpCode.StoreLocal or OpCode.StoreCell or OpCode.DefineGlobal or OpCode.Pop or OpCode.JumpIfFalse or OpCode.ContractCheck => 1,
        _ => 0,
    };

    /// <summary>Whether the instruction leaves one result on the stack.</summary>
    public static bool Pushes(OpCode op) => op switch
    {
        OpCode.StoreLocal or OpCode.StoreCell or OpCode.DefineGlobal or OpCode.Pop or OpCode.JumpIfFalse
            or OpCode.ContractCheck or OpCode.NewCell or OpCode.BoxLocal or OpCode.Jump or OpCode.Nop
            or OpCode.PopHandler or OpCode.NoMatch or OpCode.Return or OpCode.JumpIfNotLocalInt or OpCode.ReturnLocal => false,
        _ => true,
    };
}
