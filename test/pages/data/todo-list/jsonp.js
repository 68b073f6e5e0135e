mtopjsonp3({"api":"mtop.tmall.tmallwork.todoList","data":{"result":[{"todoId":1,"todoListDetail":[{"uiCode":"invoiceApply","count":40}]}]},"ret":["SUCCESS::调用成功"],"v":"1.0"})
