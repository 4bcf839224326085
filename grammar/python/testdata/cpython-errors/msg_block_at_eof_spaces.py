class A:
    
